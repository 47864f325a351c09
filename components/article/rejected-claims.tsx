"use client";

import { restoreClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { mayReworkClaim } from "@/lib/domain";
import { formatTimestamp } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import { useWorkspace } from "./workspace-context";

function RejectedItem({ claim }: { claim: ClaimSummary }) {
  const { canAnnotate: annotator, me, selectClaim } = useWorkspace();
  const canAnnotate = annotator && mayReworkClaim(me.role, claim.status);
  // No claim id: a rejected claim has no open panel, so a conflict is shown here, in place.
  const write = useSubmit();
  return (
    <li className="ws-rejected-item">
      <span className="claim-item-quote">“{claim.quote}”</span>
      <span className="muted small">
        {claim.deletedByName ?? "someone"}
        {claim.deletedAt !== null && ` · ${formatTimestamp(claim.deletedAt)}`}
      </span>
      {canAnnotate && (
        <button
          type="button"
          className="link small"
          disabled={write.pending}
          onClick={() =>
            void write.run(
              () => restoreClaim({ claimId: claim.id, version: claim.version }),
              () => selectClaim(claim.id),
            )
          }
        >
          Restore<span className="visually-hidden"> “{claim.quote}”</span>
        </button>
      )}
      <FormMessage result={write.result} />
    </li>
  );
}

/** False detections, soft-deleted: listed so they can be restored. */
export function RejectedClaims({ claims }: { claims: ClaimSummary[] }) {
  if (claims.length === 0) return null;
  return (
    <details className="ws-rejected" data-testid="rejected-claims">
      <summary className="list-heading">
        Rejected <span className="muted">({claims.length})</span>
      </summary>
      <ul className="ws-list">
        {claims.map((c) => (
          <RejectedItem key={c.id} claim={c} />
        ))}
      </ul>
    </details>
  );
}
