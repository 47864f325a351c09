"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { reopenClaimDecision } from "@/app/(app)/review/actions";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";

/** Reopens a decided claim (back to disputed) with a reason the history keeps. */
export function ReopenForm({ claimId, version }: { claimId: number; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <Form
      ref={formRef}
      className="panel"
      aria-labelledby="reopen-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(() => reopenClaimDecision({ claimId, version, reason }), {
          form: formRef.current,
          onOk: () => router.refresh(),
        });
      }}
    >
      <h2 id="reopen-heading">Reopen the decision</h2>
      <div className="field">
        <label htmlFor="reopen-reason">Reason for reopening</label>
        <textarea
          id="reopen-reason"
          name="reason"
          value={reason}
          maxLength={4000}
          onChange={(e) => setReason(e.target.value)}
          {...fieldProps(submit.result, "reason")}
        />
        <FieldError result={submit.result} name="reason" />
      </div>
      <FormMessage result={submit.result} success="Reopened: the claim is disputed again." />
      <button type="submit" disabled={submit.pending}>
        Reopen
      </button>
    </Form>
  );
}
