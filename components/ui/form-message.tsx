import type { ActionResult } from "@/lib/action-result";

/** The outcome of a form, in place: the server's specific message on failure, a confirmation on success. */
export function FormMessage({
  result,
  success,
}: {
  result: ActionResult<unknown> | null;
  success?: string;
}) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <p className="form-error" role="alert">
        {result.error}
      </p>
    );
  }
  return success ? (
    <p className="form-ok" role="status">
      {success}
    </p>
  ) : null;
}

export function FieldError({
  result,
  name,
}: {
  result: ActionResult<unknown> | null;
  name: string;
}) {
  if (!result || result.ok) return null;
  const messages = result.fieldErrors?.[name];
  if (!messages?.length) return null;
  return <p className="field-error">{messages.join(" ")}</p>;
}
