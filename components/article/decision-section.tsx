import { formatTimestamp } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/validation/labels";
import type { ClaimSummary } from "./claim-summary";

/** An editor's decision on a disputed claim, read-only here (editors record it from the review queue). */
export function DecisionSection({ claim }: { claim: ClaimSummary }) {
  if (!claim.verdict && claim.status !== "decided") return null;
  return (
    <section
      className="ws-section ws-decision"
      aria-labelledby={`decision-${claim.id}`}
      data-testid="claim-decision"
    >
      <h3 id={`decision-${claim.id}`}>Editor’s decision</h3>
      <p>
        <strong>
          {claim.verdict ? (VERDICT_LABELS[claim.verdict] ?? claim.verdict) : "Decided"}
        </strong>
        {claim.decidedAt !== null && (
          <span className="muted small">
            {" "}
            · {claim.decidedByName ?? "an editor"} · {formatTimestamp(claim.decidedAt)}
          </span>
        )}
      </p>
      {claim.decisionNote && <p className="ws-decision-note">{claim.decisionNote}</p>}
    </section>
  );
}
