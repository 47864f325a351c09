"use client";

import { changeOwnPassword } from "@/app/(app)/account/actions";
import { useSubmit } from "@/components/ui/use-submit";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";

export function ChangePasswordForm() {
  const actionSubmit = useSubmit();
  const result = actionSubmit.result;
  const pending = actionSubmit.pending;
  const action = actionSubmit.submitForm(changeOwnPassword);
  return (
    <Form onSubmit={action} className="card" aria-label="Change password">
      <h2>Change password</h2>
      <FormMessage result={result} success="Password changed." />
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          {...fieldProps(result, "currentPassword")}
        />
        <FieldError result={result} name="currentPassword" />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          {...fieldProps(result, "newPassword")}
        />
        <FieldError result={result} name="newPassword" />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">Repeat new password</label>
        <input
          id="confirm-password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          {...fieldProps(result, "confirmPassword")}
        />
        <FieldError result={result} name="confirmPassword" />
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </button>
    </Form>
  );
}
