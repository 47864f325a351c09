"use client";

import type { ActionResult } from "@/lib/action-result";

/** The answer of the last submit, in place: success, a refusal, or a conflict with the newer state. */
export function ActionMessage({
  result,
  success,
}: {
  result: ActionResult<unknown> | null;
  success?: string;
}) {
  if (!result) return null;
  if (result.ok)
    return success ? (
      <p className="form-ok" role="status">
        {success}
      </p>
    ) : null;
  return (
    <p className="form-error" role="alert">
      {result.error}
    </p>
  );
}

export function fieldError(
  result: ActionResult<unknown> | null,
  field: string,
): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
