import type { ActionResult } from "@/lib/action-result";

type Outcome = ActionResult<unknown> | null | undefined;

/**
 * The one message component: the outcome of a form, in place. The server's specific message on failure
 * (role=alert, so screen readers announce it), a confirmation on success. A failure whose only message
 * already shows beside its field is not repeated here: each error is said once.
 */
export function FormMessage({
  result,
  message,
  success,
  testId,
  id,
  fieldsShown = [],
}: {
  result?: Outcome;
  /** Fields whose messages show beside them: a failure that is only theirs is not said twice. */
  fieldsShown?: string[];
  /** A message of the client's own (checked before anything was sent). */
  message?: string | null;
  success?: string | null;
  testId?: string;
  id?: string;
}) {
  const error =
    message ??
    (result && !result.ok && !shownBesideField(result, fieldsShown) ? result.error : null);
  if (error)
    return (
      <p className="form-error" role="alert" data-testid={testId} id={id} tabIndex={-1}>
        {error}
      </p>
    );
  if (result?.ok && success)
    return (
      <p className="form-ok" role="status" data-testid={testId} id={id}>
        {success}
      </p>
    );
  return null;
}

/** The message for one field, beside it. Give the field `aria-describedby={fieldErrorId(name)}`. */
export function FieldError({
  result,
  name,
  prefix = "",
}: {
  result: Outcome;
  name: string;
  prefix?: string;
}) {
  const message = fieldError(result, name);
  if (!message) return null;
  return (
    // An alert so it is announced as it appears; the form's own message then stays silent (fieldsShown).
    <p className="field-error" id={fieldErrorId(prefix + name)} role="alert">
      {message}
    </p>
  );
}

export function fieldError(result: Outcome, name: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

export const fieldErrorId = (name: string) => `${name.replace(/[^\w-]/g, "-")}-error`;

/** Props that tie a field to its message: invalid state and description. */
export function fieldProps(result: Outcome, name: string, prefix = "") {
  const message = fieldError(result, name);
  return {
    "aria-invalid": message ? (true as const) : undefined,
    "aria-describedby": message ? fieldErrorId(prefix + name) : undefined,
  };
}

function shownBesideField(result: Extract<ActionResult<unknown>, { ok: false }>, shown: string[]) {
  const fields = result.fieldErrors ?? {};
  return shown.some((k) => fields[k]?.includes(result.error));
}
