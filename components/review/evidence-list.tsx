import Link from "next/link";
import type { Evidence } from "@/db/queries/review-evidence";
import { STATUS_LABELS } from "@/lib/format";

const STANCE_LABELS: Record<string, string> = {
  supports: "supports",
  contradicts: "contradicts",
  context: "context",
};
const RELATION_LABELS: Record<string, string> = {
  same_figure: "same figure as",
  contradicts: "contradicts",
  updates: "updates",
  part_of: "part of",
  duplicate: "duplicate of",
};

/** A claim's sources (with stances) and links in both directions; contradictions come first. */
export function EvidenceList({ evidence }: { evidence: Evidence }) {
  if (evidence.sources.length === 0 && evidence.links.length === 0) {
    return <p className="muted small">No sources or links yet.</p>;
  }
  return (
    <div className="evidence">
      {evidence.sources.length > 0 && (
        <ul className="evidence-list" aria-label="Sources">
          {evidence.sources.map((s) => (
            <li key={s.sourceId}>
              <span className={`stance stance--${s.stance}`}>{STANCE_LABELS[s.stance]}</span>{" "}
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {s.publisher && <span className="muted"> · {s.publisher}</span>}
              {s.locator && <span className="muted"> · {s.locator}</span>}
            </li>
          ))}
        </ul>
      )}
      {evidence.links.length > 0 && (
        <ul className="evidence-list" aria-label="Links">
          {evidence.links.map((l) => (
            <li key={`${l.linkId}-${l.direction}`}>
              <span
                className={`stance ${l.relation === "contradicts" ? "stance--contradicts" : "stance--context"}`}
              >
                {l.direction === "out"
                  ? (RELATION_LABELS[l.relation] ?? l.relation)
                  : `${RELATION_LABELS[l.relation] ?? l.relation} (from)`}
              </span>{" "}
              <Link href={`/articles/${l.otherArticleId}#claim-${l.otherId}`}>
                “{l.otherQuote}”
              </Link>
              <span className="muted">
                {" "}
                in {l.otherArticleTitle} · {STATUS_LABELS[l.otherStatus] ?? l.otherStatus}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
