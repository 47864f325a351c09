"use client";

import { useRef, useState } from "react";
import { disputeClaim, verifyClaim } from "@/app/(app)/articles/[id]/status-actions";
import { formatTimestamp, STATUS_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";
import { FormError } from "./form-error";
import { useCommand } from "./use-command";
import { useWrite } from "./use-write";
import { useWorkspace } from "./workspace-context";

/** The claim's status, who set it and when, and the verify / dispute controls (keys v and d). */
export function StatusSection({ claim }: { claim: ClaimSummary }) {
  const { canAnnotate } = useWorkspace();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState("");
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const write = useWrite(claim.id);
  const changeable = canAnnotate && claim.status !== "decided";

  function verify() {
    if (!changeable || claim.status === "verified") return;
    void write.run(
      () => verifyClaim({ claimId: claim.id, version: claim.version }),
      () => setDisputing(false),
    );
  }
  function openDispute() {
    if (!changeable) return;
    setDisputing(true);
    requestAnimationFrame(() => reasonRef.current?.focus());
  }
  function submitDispute(event?: React.FormEvent) {
    event?.preventDefault();
    void write.run(
      () => disputeClaim({ claimId: claim.id, version: claim.version, reason }),
      () => {
        setDisputing(false);
        setReason("");
        document.getElementById(`claim-${claim.id}`)?.focus();
      },
    );
  }
  useCommand("verify", verify);
  useCommand("dispute", openDispute);

  return (
    <section className="ws-section" aria-labelledby="status-heading">
      <h3 id="status-heading" className="visually-hidden">
        Status
      </h3>
      <div className="ws-status-row">
        <span className={`status status--${claim.status}`} data-testid="claim-status">
          {STATUS_LABELS[claim.status] ?? claim.status}
        </span>
        {claim.statusAt !== null && (
          <span className="muted small" data-testid="status-by">
            by {claim.statusByName ?? "someone"} · {formatTimestamp(claim.statusAt)}
          </span>
        )}
      </div>
      {claim.status === "disputed" && claim.statusReason && (
        <p className="ws-reason" data-testid="status-reason">
          <span className="muted small">Reason: </span>
          {claim.statusReason}
        </p>
      )}
      {changeable && (
        <div className="ws-actions">
          <button
            type="button"
            onClick={verify}
            disabled={write.pending || claim.status === "verified"}
            aria-keyshortcuts="v"
          >
            Verify <kbd>v</kbd>
          </button>
          <button
            type="button"
            onClick={openDispute}
            disabled={write.pending}
            aria-keyshortcuts="d"
          >
            Dispute <kbd>d</kbd>
          </button>
        </div>
      )}
      {!disputing && <FormError message={write.error} />}
      {disputing && (
        <form
          className="ws-form"
          onSubmit={submitDispute}
          onKeyDown={(e) => e.key === "Escape" && setDisputing(false)}
        >
          <label htmlFor={`dispute-reason-${claim.id}`}>Reason for dispute</label>
          <textarea
            id={`dispute-reason-${claim.id}`}
            ref={reasonRef}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submitDispute();
            }}
            aria-invalid={write.fieldErrors.reason ? true : undefined}
            placeholder="What is wrong with the figure, and what does the source say?"
          />
          <FormError message={write.error} testId="dispute-error" />
          <div className="ws-actions">
            <button type="submit" className="primary" disabled={write.pending}>
              Save dispute
            </button>
            <button type="button" onClick={() => setDisputing(false)}>
              Cancel
            </button>
            <span className="muted small">Ctrl+Enter saves, Esc cancels</span>
          </div>
        </form>
      )}
    </section>
  );
}
