import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listSourcesWithCounts } from "@/db/queries/sources";
import { requirePageUser } from "@/app/_lib/guards";
import { formatDate } from "@/lib/format";
import { SOURCE_TYPE_LABELS } from "@/lib/validation/labels";

export const metadata: Metadata = { title: "Sources" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The newsroom's one source library, with how many claims cite each entry, paged by keyset. */
export default async function SourcesPage({ searchParams }: Props) {
  await requirePageUser("article.read");
  const raw = (await searchParams).before;
  const before = typeof raw === "string" && /^\d{1,12}$/.test(raw) ? Number(raw) : undefined;
  const { rows: sources, nextCursor } = listSourcesWithCounts(getDb(), {
    beforeId: before,
    limit: PAGE_SIZE,
  });
  return (
    <>
      <h1>Sources</h1>
      <p className="muted">
        One library for the whole newsroom. Sources are added from a claim’s panel, and reused by
        every claim that cites them.
      </p>
      {sources.length === 0 && before === undefined ? (
        <p className="card muted">
          No sources yet. Open a claim and press <kbd>s</kbd> to attach the first one.
        </p>
      ) : (
        <table className="data cards" aria-label="Sources">
          <thead>
            <tr>
              <th>Title</th>
              <th>Publisher</th>
              <th>Type</th>
              <th>Date</th>
              <th className="num">Claims</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/sources/${s.id}`}>{s.title}</Link>
                  {s.url && (
                    <div className="muted small" style={{ overflowWrap: "anywhere" }}>
                      {s.url}
                    </div>
                  )}
                </td>
                <td data-label="Publisher">{s.publisher ?? <span className="muted">—</span>}</td>
                <td data-label="Type">{SOURCE_TYPE_LABELS[s.type]}</td>
                <td data-label="Date">
                  {s.publishedOn ? formatDate(s.publishedOn) : <span className="muted">—</span>}
                </td>
                <td data-label="Claims" className="num">
                  {s.claimCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(before !== undefined || nextCursor !== null) && (
        <nav className="pager" aria-label="Pages of sources">
          {before !== undefined && <Link href="/sources">Newest sources</Link>}
          {nextCursor !== null && (
            <Link href={`/sources?before=${nextCursor}`} rel="next">
              Older sources →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
