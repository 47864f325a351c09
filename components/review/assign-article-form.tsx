"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { useRouter } from "next/navigation";
import { assignArticleClaims } from "@/app/(app)/articles/[id]/assign/actions";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";

/** All of an article's open claims to one person in one step. */
export function AssignArticleForm({
  articleId,
  openCount,
  people,
}: {
  articleId: number;
  openCount: number;
  people: { id: number; name: string; role: string }[];
}) {
  const router = useRouter();
  const [choice, setChoice] = useState("");
  const submit = useSubmit();
  const result = submit.result as ActionResult<{ assigned: number }> | null;
  const pending = submit.pending;
  return (
    <form
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
          () => router.refresh(),
        );
      }}
    >
      <label htmlFor="article-assignee">Assign all {openCount} open claims to</label>
      <div className="inline">
        <select id="article-assignee" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Nobody (take them back)</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={pending || openCount === 0}>
          Assign
        </button>
      </div>
      <FormMessage
        result={result}
        success={
          result?.ok
            ? `${result.data.assigned} claim${result.data.assigned === 1 ? "" : "s"} assigned.`
            : undefined
        }
      />
    </form>
  );
}
