"use client";

import { useEffect, useState, type RefObject } from "react";
import { createManualClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { FormMessage } from "@/components/ui/form-message";
import { bodySelection, type BodySelection } from "./selection-offsets";
import { useSubmit } from "@/components/ui/use-submit";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { useWorkspace } from "./workspace-context";

/** Offers to turn the text selected in the article into a claim the detector missed (button or key m). */
export function SelectionClaim({ textRef }: { textRef: RefObject<HTMLDivElement | null> }) {
  const { articleId, canAnnotate, selectClaim } = useWorkspace();
  const [selection, setSelection] = useState<BodySelection | { error: string } | null>(null);
  const write = useSubmit();

  useEffect(() => {
    function onChange() {
      const root = textRef.current;
      if (!root) return;
      const next = bodySelection(document.getSelection(), root);
      // Keep the last selection while focus moves to the button (which collapses the document selection).
      if (next) setSelection(next);
    }
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [textRef]);

  function create() {
    if (!selection || "error" in selection) return;
    void write.run(
      () => createManualClaim({ articleId, ...selection }),
      (data) => {
        setSelection(null);
        document.getSelection()?.removeAllRanges();
        selectClaim(data.claimId);
      },
    );
  }

  useShortcuts({
    m: () => (selection && !("error" in selection) ? create() : false),
  });

  if (!canAnnotate || !selection) return null;
  return (
    <section className="panel ws-selection" aria-label="Selected text">
      {"error" in selection ? (
        <p className="muted small">{selection.error}</p>
      ) : (
        <>
          <p className="small">
            Selected:{" "}
            <q>
              {selection.quote.length > 120 ? `${selection.quote.slice(0, 119)}…` : selection.quote}
            </q>
          </p>
          <div className="ws-actions">
            <button
              type="button"
              className="primary"
              onClick={create}
              disabled={write.pending}
              aria-keyshortcuts="m"
            >
              Make a claim from the selection <kbd>m</kbd>
            </button>
            <button type="button" onClick={() => setSelection(null)}>
              Dismiss
            </button>
          </div>
        </>
      )}
      <FormMessage result={write.result} testId="selection-error" />
    </section>
  );
}
