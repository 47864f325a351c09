/** What every server action returns: data on success, or a status and a message the form shows in place.
 * Statuses mirror HTTP so route handlers and the role-matrix test read them the same way. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
      error: string;
      /** Per-field messages from zod, keyed by field name. */
      fieldErrors?: Record<string, string[]>;
      /** On a version conflict: the newer state someone else saved. */
      current?: unknown;
    };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(
  status: 400 | 404 | 409 | 413 | 422 | 429,
  error: string,
  extra?: { fieldErrors?: Record<string, string[]>; current?: unknown },
): ActionResult<never> {
  return { ok: false, status, error, ...extra };
}

/** A zod failure as a 400 with the first message up front and every field's messages kept. */
export function invalid(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return {
    ok: false,
    status: 400,
    error: error.issues[0]?.message ?? "Invalid input.",
    fieldErrors,
  };
}
