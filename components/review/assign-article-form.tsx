"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { useRouter } from "next/navigation";
import { assignArticleClaims } from "@/app/(app)/articles/[id]/assign/actions";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { PersonPicker } from "@/components/ui/person-picker";
import { useSubmit } from "@/components/ui/use-submit";
import { ASSIGNABLE_ROLES } from "./assignable-roles";

/** All of an article's open claims to one person in one step. */
export function AssignArticleForm({
  articleId,
  openCount,
}: {
  articleId: number;
  openCount: number;
}) {
  const router = useRouter();
  const [choice, setChoice] = useState("");
  const submit = useSubmit();
  const result = submit.result as ActionResult<{ assigned: number }> | null;
  const pending = submit.pending;
  return (
    <Form
      className="panel assign-article"
      aria-label="Assign all open claims"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(
          () =>
            assignArticleClaims({
              articleId,
              assigneeId: choice ? Number(choice) : null,
            }),
          { form: e.currentTarget, onOk: () => router.refresh() },
        );
      }}
    >
      <label htmlFor="article-assignee">Assign all {openCount} open claims to</label>
      <div className="inline">
        <PersonPicker
          id="article-assignee"
          name="assigneeId"
          fixed={[{ value: "", label: "Nobody (take them back)" }]}
          roles={ASSIGNABLE_ROLES}
          onChange={setChoice}
          invalid={!!fieldProps(result, "assigneeId")["aria-invalid"]}
          describedBy={fieldProps(result, "assigneeId")["aria-describedby"]}
        />
        <button type="submit" className="primary" disabled={pending || openCount === 0}>
          Assign
        </button>
      </div>
      <FieldError result={result} name="assigneeId" />
      <FormMessage
        result={result}
        success={
          result?.ok
            ? `${result.data.assigned} claim${result.data.assigned === 1 ? "" : "s"} assigned.`
            : undefined
        }
      />
    </Form>
  );
}
