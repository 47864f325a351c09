import { DomainError } from "./domain-error";
import { fieldErrorsOf } from "./validation/issues";

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
  status: 400 | 403 | 404 | 409 | 413 | 422 | 429,
  error: string,
  extra?: { fieldErrors?: Record<string, string[]>; current?: unknown },
): ActionResult<never> {
  return { ok: false, status, error, ...extra };
}

/** A zod failure as a 400 with the first message up front and every field's messages kept. */
export function invalid(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): ActionResult<never> {
  return {
    ok: false,
    status: 400,
    error: error.issues[0]?.message ?? "Invalid input.",
    fieldErrors: fieldErrorsOf(error),
  };
}

/** Runs a service call: its result as `ok`, a refusal (DomainError) as the failure the form shows.
 * Anything else is a bug and is rethrown, never dressed up as a message. */
export async function attempt<T>(run: () => T | Promise<T>): Promise<ActionResult<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof DomainError) return fail(error.status, error.message, error.extra);
    throw error;
  }
}
