"use client";

import { useRef, useState } from "react";
import {
  disputeClaim,
  revertClaimStatus,
  verifyClaim,
} from "@/app/(app)/articles/[id]/status-actions";
import { formatTimestamp, STATUS_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useCommand } from "./use-command";
import { useSubmit } from "@/components/ui/use-submit";
import { useConflictReporter, useWorkspace } from "./workspace-context";

const REASON_MAX = 2000;

/** The claim's status, who set it and when, and the verify / dispute controls (keys v and d). */
export function StatusSection({ claim }: { claim: ClaimSummary }) {
  const { canAnnotate, focusClaim, notify, applyChange } = useWorkspace();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState("");
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const write = useSubmit(useConflictReporter(claim.id));
  const changeable = canAnnotate && claim.status !== "decided";

  const before = { status: claim.status, reason: claim.statusReason };
  /** "Verified · Undo": the undo writes the status before, with the version this write returned. */
  function announce(message: string, version: number) {
    notify({
      message,
      undo: () =>
        void write.run(
          () =>
            revertClaimStatus({
              claimId: claim.id,
              version,
              status: before.status === "decided" ? "unchecked" : before.status,
              reason: before.reason,
            }),
          (change) => {
            applyChange(change);
            notify({ message: `Undone: back to ${STATUS_LABELS[before.status] ?? before.status}` });
            focusClaim(claim.id);
          },
        ),
    });
  }

  function verify() {
    if (!changeable || claim.status === "verified") return;
    void write.run(
      () => verifyClaim({ claimId: claim.id, version: claim.version }),
      (change) => {
        applyChange(change);
        setDisputing(false);
        announce("Verified", change.version);
        // The Verify button greys out under the keyboard: the claim is where the next action starts.
        focusClaim(claim.id);
      },
    );
  }
  function openDispute() {
    if (!changeable) return;
    setDisputing(true);
    requestAnimationFrame(() => reasonRef.current?.focus());
  }
  function submitDispute(event?: React.FormEvent) {
    event?.preventDefault();
    void write.run(() => disputeClaim({ claimId: claim.id, version: claim.version, reason }), {
      form: reasonRef.current?.form,
      onOk: (change) => {
        applyChange(change);
        setDisputing(false);
        setReason("");
        announce("Disputed", change.version);
        focusClaim(claim.id);
      },
    });
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
      {!disputing && <FormMessage result={write.result} />}
      {disputing && (
        <Form
          className="ws-form"
          aria-label="Dispute this claim"
          onSubmit={submitDispute}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setDisputing(false);
            focusClaim(claim.id);
          }}
        >
          <label htmlFor={`dispute-reason-${claim.id}`}>Reason for dispute</label>
          <textarea
            id={`dispute-reason-${claim.id}`}
            ref={reasonRef}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={REASON_MAX}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submitDispute();
            }}
            name="reason"
            {...fieldProps(write.result, "reason", `dispute-${claim.id}-`)}
            placeholder="What is wrong with the figure, and what does the source say?"
          />
          <p className="muted small field-count" aria-live="polite">
            {reason.length > REASON_MAX * 0.8 && `${reason.length} of ${REASON_MAX} characters`}
          </p>
          <FieldError result={write.result} name="reason" prefix={`dispute-${claim.id}-`} />
          <FormMessage result={write.result} testId="dispute-error" />
          <div className="ws-actions">
            <button type="submit" className="primary" disabled={write.pending}>
              Save dispute
            </button>
            <button type="button" onClick={() => setDisputing(false)}>
              Cancel
            </button>
            <span className="muted small">Ctrl+Enter saves, Esc cancels</span>
          </div>
        </Form>
      )}
    </section>
  );
}
