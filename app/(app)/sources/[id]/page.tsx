import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getSourceById, listClaimsCitingSource } from "@/db/queries/sources";
import { requirePageUser } from "@/app/_lib/guards";
import { formatDate, STATUS_LABELS } from "@/lib/format";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/lib/validation/labels";
import { parseId } from "@/lib/parse-id";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const source = id === null ? undefined : getSourceById(getDb(), { id });
  return { title: source?.title ?? "Source" };
}

/** One library source and every claim that cites it, across articles. */
export default async function SourcePage({ params }: Props) {
  await requirePageUser("article.read");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = getDb();
  const source = getSourceById(db, { id });
  if (!source) notFound();
  const citing = listClaimsCitingSource(db, { sourceId: id });
  return (
    <>
      <p className="small">
        <Link href="/sources">← Sources</Link>
      </p>
      <h1>{source.title}</h1>
      <p className="muted">
        {[
          source.publisher,
          SOURCE_TYPE_LABELS[source.type],
          source.publishedOn ? formatDate(source.publishedOn) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        {source.url && (
          <>
            <br />
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              style={{ overflowWrap: "anywhere" }}
            >
              {source.url}
            </a>
          </>
        )}
      </p>
      <h2>Claims citing this source ({citing.length})</h2>
      {citing.length === 0 ? (
        <p className="muted">No claim cites this source any more.</p>
      ) : (
        <table className="data cards" aria-label="Claims citing this source">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Article</th>
              <th>Stance</th>
              <th>Locator</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {citing.map((c) => (
              <tr key={c.claimSourceId}>
                <td>
                  <Link href={`/articles/${c.articleId}#claim-${c.claimId}`}>“{c.quote}”</Link>
                  {c.deletedAt !== null && <span className="muted small"> (rejected)</span>}
                </td>
                <td data-label="Article">{c.articleTitle}</td>
                <td data-label="Stance">{STANCE_LABELS[c.stance]}</td>
                <td data-label="Locator">{c.locator ?? <span className="muted">—</span>}</td>
                <td data-label="Status">
                  <span className={`status status--${c.status}`}>
                    {STATUS_LABELS[c.status] ?? c.status}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
