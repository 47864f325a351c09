"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { assignReviewClaim } from "@/app/(app)/review/actions";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";

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
  const submit = useSubmit();
  const result = submit.result;
  const pending = submit.pending;
  return (
    <form
      className="assign-form"
      aria-label="Assign this claim"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(
          () =>
            assignReviewClaim({
              claimId,
              version,
              assigneeId: choice ? Number(choice) : null,
            }),
          () => router.refresh(),
        );
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
      <FormMessage result={result} success="Assignment saved." />
    </form>
  );
}
