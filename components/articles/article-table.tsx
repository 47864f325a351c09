import Link from "next/link";
import type { ArticleListRow } from "@/db/queries/article-list";
import { formatDate } from "@/lib/format";
import { ClaimProgress } from "@/components/progress/claim-progress";

/** One page of articles. Each cell carries its column's name (data-label), which a phone shows
 * beside the value when the rows stack as cards (globals.css: table.data.cards). */
export function ArticleTable({ rows, mayAssign }: { rows: ArticleListRow[]; mayAssign: boolean }) {
  return (
    <table className="data cards" aria-label="Articles">
      <thead>
        <tr>
          <th>Title</th>
          <th>Outlet</th>
          <th>Published</th>
          <th className="num">Claims</th>
          <th>Progress</th>
          <th className="num">Disputed</th>
          {mayAssign && (
            <th>
              <span className="visually-hidden">Assign</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td className="card-title">
              <Link href={`/articles/${a.id}`}>{a.title}</Link>
            </td>
            <td data-label="Outlet">{a.outlet ?? <span className="muted">—</span>}</td>
            <td data-label="Published">
              {a.publishedAt ? formatDate(a.publishedAt) : <span className="muted">—</span>}
            </td>
            <td className="num" data-label="Claims">
              {a.claimCount}
            </td>
            <td data-label="Progress">
              <ClaimProgress
                counts={{
                  unchecked: a.uncheckedCount,
                  verified: a.verifiedCount,
                  disputed: a.disputedCount,
                  decided: a.decidedCount,
                }}
              />
            </td>
            <td className="num" data-label="Disputed">
              {a.disputedCount > 0 ? (
                <span className="status status--disputed">{a.disputedCount}</span>
              ) : (
                0
              )}
            </td>
            {mayAssign && (
              <td>
                <Link href={`/articles/${a.id}/assign`} aria-label={`Assign claims of ${a.title}`}>
                  Assign
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
