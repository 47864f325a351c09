import Link from "next/link";
import type { SearchGroup } from "@/db/queries/search";
import { formatDate, formatNumber, STATUS_LABELS } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/validation/labels";
import { MarkedText } from "./marked-text";

/** Results grouped by article; every claim is a link that opens it in its article. */
export function SearchResults({ groups }: { groups: SearchGroup[] }) {
  return (
    <ol className="search-results" aria-label="Search results">
      {groups.map((g) => (
        <li key={g.articleId} className="search-group" data-testid="search-group">
          <h2>
            <Link href={`/articles/${g.articleId}`} data-search-hit>
              <MarkedText snippet={g.title} />
            </Link>
          </h2>
          <div className="muted small">
            {[g.outlet, g.publishedAt ? formatDate(g.publishedAt) : null]
              .filter(Boolean)
              .join(" · ") || "No outlet or date"}
          </div>
          {g.bodySnippet && (
            <p className="search-body">
              <MarkedText snippet={g.bodySnippet} />
            </p>
          )}
          {g.claims.length > 0 && (
            <ul className="search-claims">
              {g.claims.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/articles/${g.articleId}#claim-${c.id}`}
                    data-search-hit
                    data-testid="search-claim"
                  >
                    <span className="search-claim-value">
                      {formatNumber(c.value)}
                      {c.unit ? ` ${c.unit}` : ""}
                    </span>
                    <span className="search-claim-text">
                      “<MarkedText snippet={c.quote} />”
                      {c.counted && (
                        <span className="search-where">
                          counts: <MarkedText snippet={c.counted} />
                        </span>
                      )}
                      {c.noteSnippet && (
                        <span className="search-where">
                          note: <MarkedText snippet={c.noteSnippet} />
                        </span>
                      )}
                      {c.sourceSnippet && (
                        <span className="search-where">
                          cites: <MarkedText snippet={c.sourceSnippet} />
                        </span>
                      )}
                    </span>
                    <span className={`status status--${c.status}`}>
                      {c.verdict ? VERDICT_LABELS[c.verdict] : STATUS_LABELS[c.status]}
                    </span>
                  </Link>
                </li>
              ))}
              {g.moreClaims > 0 && (
                <li className="muted small">
                  and {g.moreClaims} more matching claim{g.moreClaims === 1 ? "" : "s"} in this
                  article
                </li>
              )}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
