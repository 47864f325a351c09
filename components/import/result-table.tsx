import Link from "next/link";
import type { ResultView } from "@/lib/import/events";
import { RemovedPieces } from "./removed-pieces";

const STATUS_TEXT: Record<ResultView["status"], string> = {
  created: "Imported",
  updated: "Updated",
  duplicate: "Duplicate, not imported",
  failed: "Failed",
};

function claimsNote(result: ResultView): string | null {
  if (!result.claims) return null;
  const { kept, orphaned, added } = result.claims;
  return `${kept} reviewed kept, ${orphaned} orphaned, ${added} new`;
}

/** One row per imported item: each new article linked with its claim count, each failure with its reason. */
export function ResultTable({ results, caption }: { results: ResultView[]; caption: string }) {
  return (
    <table className="data cards import-results" aria-label={caption}>
      <thead>
        <tr>
          <th>Item</th>
          <th>Result</th>
          <th>Article</th>
          <th className="num">Claims</th>
          <th>Removed furniture</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r, i) => (
          <tr key={i} data-status={r.status}>
            <td className="import-label">{r.label}</td>
            <td data-label="Result">
              <span className={`import-status import-status--${r.status}`}>
                {STATUS_TEXT[r.status]}
              </span>
              {r.error && <div className="field-error">{r.error}</div>}
              {claimsNote(r) && <div className="muted small">{claimsNote(r)}</div>}
            </td>
            <td data-label="Article">
              {r.articleId !== null ? (
                <Link href={`/articles/${r.articleId}`}>{r.title}</Link>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td data-label="Claims" className="num">
              {r.status === "created" || r.status === "updated" ? (
                r.claimCount
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td data-label="Removed furniture">
              {r.status === "failed" ? (
                <span className="muted">—</span>
              ) : (
                <RemovedPieces removed={r.removed} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
