"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { assignReviewClaim, type DecisionOutcome } from "@/app/(app)/review/actions";
import { ActionMessage } from "./action-message";

/** Gives this claim to a checker, or takes it back. */
export function AssignForm({
  claimId,
  version,
  assigneeId,
  people,
}: {
  claimId: number;
  version: number;
  assigneeId: number | null;
  people: { id: number; name: string; role: string }[];
}) {
  const router = useRouter();
  const [choice, setChoice] = useState(assigneeId?.toString() ?? "");
  const [result, setResult] = useState<ActionResult<DecisionOutcome> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="assign-form"
      aria-label="Assign this claim"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const answer = await assignReviewClaim({
            claimId,
            version,
            assigneeId: choice ? Number(choice) : null,
          });
          setResult(answer);
          if (answer.ok) router.refresh();
        });
      }}
    >
      <label htmlFor="assignee">Assigned to</label>
      <div className="inline">
        <select id="assignee" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Nobody</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending}>
          Assign
        </button>
      </div>
      <ActionMessage result={result} success="Assignment saved." />
    </form>
  );
}
