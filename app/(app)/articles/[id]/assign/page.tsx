import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getArticleById } from "@/db/queries/articles";
import { listOpenClaimsForArticle } from "@/db/queries/assignments";
import { requirePageUser } from "@/app/_lib/guards";
import { STATUS_LABELS } from "@/lib/format";
import { AssignArticleForm } from "@/components/review/assign-article-form";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Assign claims" };

type Props = { params: Promise<{ id: string }> };

export default async function AssignArticlePage({ params }: Props) {
  await requirePageUser("claim.assign");
  const raw = (await params).id;
  if (!/^\d{1,12}$/.test(raw)) notFound();
  const id = Number(raw);
  const db = getDb();
  const article = getArticleById(db, { id });
  if (!article) notFound();
  const open = listOpenClaimsForArticle(db, { articleId: id });
  return (
    <div className="review">
      <p className="muted small">
        <Link href="/">Articles</Link> · <Link href={`/articles/${id}`}>{article.title}</Link>
      </p>
      <h1>Assign claims</h1>
      <p className="muted">
        Open claims are unchecked or disputed; verified and decided ones need no more checking.
      </p>
      <AssignArticleForm articleId={id} openCount={open.length} />
      {open.length > 0 && (
        <table className="data cards" aria-label="Open claims">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Status</th>
              <th>Assigned to</th>
            </tr>
          </thead>
          <tbody>
            {open.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link
                    href={
                      c.status === "disputed" ? `/review/${c.id}` : `/articles/${id}#claim-${c.id}`
                    }
                  >
                    “{c.quote}”
                  </Link>
                </td>
                <td data-label="Status">
                  <span className={`status status--${c.status}`}>{STATUS_LABELS[c.status]}</span>
                </td>
                <td data-label="Assigned to">
                  {c.assigneeName ?? <span className="muted">Nobody</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
