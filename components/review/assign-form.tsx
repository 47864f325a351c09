"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { assignReviewClaim } from "@/app/(app)/review/actions";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { PersonPicker, type PickerChoice } from "@/components/ui/person-picker";
import { useSubmit } from "@/components/ui/use-submit";
import { ASSIGNABLE_ROLES } from "./assignable-roles";

const NOBODY: PickerChoice = { value: "", label: "Nobody" };

/** Gives this claim to a checker, or takes it back. */
export function AssignForm({
  claimId,
  version,
  assignee,
}: {
  claimId: number;
  version: number;
  /** Who has it now (a picker choice: name and email), or null. */
  assignee: PickerChoice | null;
}) {
  const router = useRouter();
  const [choice, setChoice] = useState(assignee?.value ?? "");
  const submit = useSubmit();
  const result = submit.result;
  const pending = submit.pending;
  return (
    <Form
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
          { form: e.currentTarget, onOk: () => router.refresh() },
        );
      }}
    >
      <label htmlFor="assignee">Assigned to</label>
      <div className="inline">
        <PersonPicker
          id="assignee"
          name="assigneeId"
          initial={assignee}
          fixed={[NOBODY]}
          roles={ASSIGNABLE_ROLES}
          onChange={setChoice}
          invalid={!!fieldProps(result, "assigneeId")["aria-invalid"]}
          describedBy={fieldProps(result, "assigneeId")["aria-describedby"]}
        />
        <button type="submit" disabled={pending}>
          Assign
        </button>
      </div>
      <FieldError result={result} name="assigneeId" />
      <FormMessage result={result} success="Assignment saved." />
    </Form>
  );
}
