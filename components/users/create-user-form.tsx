"use client";

import { createUser } from "@/app/(app)/admin/users/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { useSubmit } from "@/components/ui/use-submit";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";

export function CreateUserForm() {
  const actionSubmit = useSubmit();
  const result = actionSubmit.result;
  const pending = actionSubmit.pending;
  const action = actionSubmit.submitForm(createUser);
  return (
    <Form onSubmit={action} className="card stack" aria-label="Add a user">
      <h2>Add a user</h2>
      <FormMessage result={result} success="User created." />
      <div className="grid-2">
        <div className="field">
          <label htmlFor="new-email">Email</label>
          <input
            id="new-email"
            name="email"
            type="email"
            required
            {...fieldProps(result, "email")}
          />
          <FieldError result={result} name="email" />
        </div>
        <div className="field">
          <label htmlFor="new-name">Name</label>
          <input id="new-name" name="name" required {...fieldProps(result, "name")} />
          <FieldError result={result} name="name" />
        </div>
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="checker">
            <option value="checker">Fact-checker</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-password">Initial password</label>
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={fieldProps(result, "password")["aria-invalid"]}
            aria-describedby={["password-rule", fieldProps(result, "password")["aria-describedby"]]
              .filter(Boolean)
              .join(" ")}
          />
          <p id="password-rule" className="muted small">
            At least {MIN_PASSWORD_LENGTH} characters.
          </p>
          <FieldError result={result} name="password" />
        </div>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </button>
    </Form>
  );
}
