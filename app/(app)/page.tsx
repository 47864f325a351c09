import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { requirePageUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  await requirePageUser("article.read");
  const articles = listArticles(getDb());
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">Every numeric claim in each article, highlighted for checking.</p>
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
              <th className="num">Checked</th>
              <th className="num">Disputed</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? <span className="muted">—</span>}</td>
                <td>{a.publishedAt ? formatDate(a.publishedAt) : <span className="muted">—</span>}</td>
                <td className="num">{a.claimCount}</td>
                <td className="num">{a.checkedCount}</td>
                <td className="num">{a.disputedCount > 0 ? <span className="status status--disputed">{a.disputedCount}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
