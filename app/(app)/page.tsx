import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listArticles, type ArticleSort } from "@/db/queries/articles";
import { requirePageUser } from "@/app/_lib/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { ClaimProgress } from "@/components/progress/claim-progress";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS: { value: ArticleSort; label: string; href: string }[] = [
  { value: "published", label: "Newest", href: "/" },
  { value: "needs-work", label: "Needs work", href: "/?sort=needs-work" },
];

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePageUser("article.read");
  const sort: ArticleSort = (await searchParams).sort === "needs-work" ? "needs-work" : "published";
  const articles = listArticles(getDb(), { sort });
  const mayAssign = can(user.role, "claim.assign");
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">Every numeric claim in each article, highlighted for checking.</p>
      <nav className="sort-links" aria-label="Sort articles">
        <span className="muted">Sort:</span>
        {SORTS.map((s) => (
          <Link key={s.value} href={s.href} aria-current={s.value === sort ? "true" : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      {articles.length === 0 ? (
        <p className="card">No articles yet. An admin can import some.</p>
      ) : (
        <table className="data" aria-label="Articles">
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
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? <span className="muted">—</span>}</td>
                <td>
                  {a.publishedAt ? formatDate(a.publishedAt) : <span className="muted">—</span>}
                </td>
                <td className="num">{a.claimCount}</td>
                <td>
                  <ClaimProgress
                    counts={{
                      unchecked: a.uncheckedCount,
                      verified: a.verifiedCount,
                      disputed: a.disputedCount,
                      decided: a.decidedCount,
                    }}
                  />
                </td>
                <td className="num">
                  {a.disputedCount > 0 ? (
                    <span className="status status--disputed">{a.disputedCount}</span>
                  ) : (
                    0
                  )}
                </td>
                {mayAssign && (
                  <td>
                    <Link
                      href={`/articles/${a.id}/assign`}
                      aria-label={`Assign claims of ${a.title}`}
                    >
                      Assign
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
