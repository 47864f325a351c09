"use client";

import { useState } from "react";
import {
  changeUserRole,
  resetUserPassword,
  setUserDisabled,
} from "@/app/(app)/admin/users/actions";
import type { UserSummary } from "@/db/queries/users";
import { useSubmit } from "@/components/ui/use-submit";
import { FormMessage } from "@/components/ui/form-message";

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const roleSubmit = useSubmit();
  const roleResult = roleSubmit.result;
  const rolePending = roleSubmit.pending;
  const roleAction = roleSubmit.submitForm(changeUserRole, {
    userId: user.id,
    version: user.version,
  });
  const disableSubmit = useSubmit();
  const disableResult = disableSubmit.result;
  const disablePending = disableSubmit.pending;
  const disableAction = disableSubmit.submitForm(setUserDisabled, {
    userId: user.id,
    version: user.version,
    disabled: user.disabledAt === null ? "1" : "",
  });
  const resetSubmit = useSubmit();
  const resetResult = resetSubmit.result;
  const resetPending = resetSubmit.pending;
  const resetAction = resetSubmit.submitForm(resetUserPassword, {
    userId: user.id,
  });
  const [resetting, setResetting] = useState(false);
  const label = user.email;
  return (
    <tr data-testid={`user-${user.email}`}>
      <td>
        <strong>{user.name}</strong>
        <div className="muted small">{user.email}</div>
      </td>
      <td data-label="Role">
        <form onSubmit={roleAction} className="inline-form">
          <label className="visually-hidden" htmlFor={`role-${user.id}`}>
            Role of {label}
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.version}>
            <option value="checker">Fact-checker</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
          <button type="submit" disabled={rolePending} aria-label={`Save role of ${label}`}>
            Save
          </button>
        </form>
        <FormMessage result={roleResult} />
      </td>
      <td data-label="State">
        {user.disabledAt === null ? (
          <span className="status status--verified">Active</span>
        ) : (
          <span className="status status--disputed">Disabled</span>
        )}
      </td>
      <td className="actions-cell">
        <form onSubmit={disableAction}>
          <button
            type="submit"
            className={user.disabledAt === null ? "danger" : ""}
            disabled={disablePending || (isSelf && user.disabledAt === null)}
            aria-label={`${user.disabledAt === null ? "Disable" : "Enable"} ${label}`}
          >
            {user.disabledAt === null ? "Disable" : "Enable"}
          </button>
        </form>
        <FormMessage result={disableResult} />
        {resetting ? (
          <form onSubmit={resetAction} className="inline-form">
            <label className="visually-hidden" htmlFor={`reset-${user.id}`}>
              New password for {label}
            </label>
            <input
              id={`reset-${user.id}`}
              name="password"
              type="password"
              autoComplete="new-password"
              placeholder="New password"
              required
            />
            <button type="submit" disabled={resetPending}>
              Set
            </button>
            <button type="button" className="link" onClick={() => setResetting(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            type="button"
            onClick={() => setResetting(true)}
            aria-label={`Reset password of ${label}`}
          >
            Reset password
          </button>
        )}
        <FormMessage result={resetResult} success="Password reset." />
      </td>
    </tr>
  );
}
