"use client";

import { useState } from "react";
import { rejectClaim, restoreClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { mayReworkClaim } from "@/lib/domain";
import { ClaimFacts } from "./claim-facts";
import { ClaimEditForm } from "./claim-edit-form";
import type { ClaimSummary } from "./claim-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useCommand } from "./use-command";
import { useSubmit } from "@/components/ui/use-submit";
import { useConflictReporter, useWorkspace } from "./workspace-context";

/** What the detector read, with the controls to correct it or reject it as a false detection. */
export function FactsSection({ claim }: { claim: ClaimSummary }) {
  const {
    canAnnotate: annotator,
    me,
    selectClaim,
    selectNextAfter,
    focusClaim,
    notify,
  } = useWorkspace();
  // A decided claim belongs to the editors: a checker sees it read-only (the service refuses it too).
  const canAnnotate = annotator && mayReworkClaim(me.role, claim.status);
  const [editing, setEditing] = useState(false);
  const reject = useSubmit(useConflictReporter(claim.id));
  useCommand("edit", () => canAnnotate && setEditing(true));
  useCommand("reject", () => canAnnotate && rejectIt());

  /** A false detection leaves the list at once; the toast's Undo restores it (same versioned write). */
  function rejectIt() {
    if (reject.pending) return;
    void reject.run(
      () => rejectClaim({ claimId: claim.id, version: claim.version }),
      (data) => {
        selectNextAfter(claim.id);
        notify({
          message: `Rejected “${claim.quote}”`,
          undo: () =>
            void restoreClaim({ claimId: claim.id, version: data.version }).then((result) => {
              if (result.ok) {
                selectClaim(claim.id);
                notify({ message: `Restored “${claim.quote}”` });
              } else notify({ message: result.error });
            }),
        });
      },
    );
  }

  return (
    <section className="ws-section" aria-label="Detected figure">
      {editing ? (
        <ClaimEditForm
          claim={claim}
          onDone={() => {
            setEditing(false);
            focusClaim(claim.id);
          }}
        />
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
                onClick={rejectIt}
                aria-keyshortcuts="r"
              >
                Reject detection <kbd>r</kbd>
              </button>
            </div>
          )}
          <FormMessage result={reject.result} />
        </>
      )}
    </section>
  );
}
