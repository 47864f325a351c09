"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { reopenClaimDecision, type DecisionOutcome } from "@/app/(app)/review/actions";
import { ActionMessage, fieldError } from "./action-message";

/** Reopens a decided claim (back to disputed) with a reason the history keeps. */
export function ReopenForm({ claimId, version }: { claimId: number; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult<DecisionOutcome> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="panel"
      aria-labelledby="reopen-heading"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const answer = await reopenClaimDecision({ claimId, version, reason });
          setResult(answer);
          if (answer.ok) router.refresh();
        });
      }}
    >
      <h2 id="reopen-heading">Reopen the decision</h2>
      <div className="field">
        <label htmlFor="reopen-reason">Reason</label>
        <textarea
          id="reopen-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!fieldError(result, "reason")}
        />
        {fieldError(result, "reason") && (
          <p className="field-error">{fieldError(result, "reason")}</p>
        )}
      </div>
      <ActionMessage result={result} success="Reopened: the claim is disputed again." />
      <button type="submit" disabled={pending}>
        Reopen
      </button>
    </form>
  );
}
