"use client";

import { useState } from "react";
import { rejectClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { mayReworkClaim } from "@/lib/domain";
import { ClaimFacts } from "./claim-facts";
import { ClaimEditForm } from "./claim-edit-form";
import type { ClaimSummary } from "./claim-summary";
import { FormError } from "./form-error";
import { useCommand } from "./use-command";
import { useWrite } from "./use-write";
import { useWorkspace } from "./workspace-context";

/** What the detector read, with the controls to correct it or reject it as a false detection. */
export function FactsSection({ claim }: { claim: ClaimSummary }) {
  const { canAnnotate: annotator, me, selectClaim } = useWorkspace();
  // A decided claim belongs to the editors: a checker sees it read-only (the service refuses it too).
  const canAnnotate = annotator && mayReworkClaim(me.role, claim.status);
  const [editing, setEditing] = useState(false);
  const reject = useWrite(claim.id);
  useCommand("edit", () => canAnnotate && setEditing(true));

  return (
    <section className="ws-section" aria-label="Detected figure">
      {editing ? (
        <ClaimEditForm claim={claim} onDone={() => setEditing(false)} />
      ) : (
        <>
          {claim.orphanedAt !== null && (
            <p className="ws-orphaned small" role="note">
              The detector no longer finds this figure here (the text was re-imported or re-read).
              Check the highlight, or reject it.
            </p>
          )}
          <ClaimFacts claim={claim} />
          {canAnnotate && (
            <div className="ws-actions">
              <button type="button" onClick={() => setEditing(true)} aria-keyshortcuts="e">
                Correct <kbd>e</kbd>
              </button>
              <button
                type="button"
                className="danger"
                disabled={reject.pending}
                onClick={() =>
                  void reject.run(
                    () => rejectClaim({ claimId: claim.id, version: claim.version }),
                    () => selectClaim(null),
                  )
                }
              >
                Reject detection
              </button>
            </div>
          )}
          <FormError message={reject.error} />
        </>
      )}
    </section>
  );
}
