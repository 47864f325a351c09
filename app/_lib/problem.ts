import { DomainError } from "@/lib/domain-error";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
};

/**
 * The one error shape of route handlers: RFC 9457 problem details. `error` repeats `detail` so clients
 * written against the earlier `{error}` body keep working; `fieldErrors` are zod's per-field messages.
 */
export function problem(
  status: number,
  detail: string,
  fieldErrors?: Record<string, string[]>,
): Response {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: TITLES[status] ?? "Error",
      status,
      detail,
      error: detail,
      ...(fieldErrors ? { fieldErrors } : {}),
    }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

/** A service's refusal as a problem response; anything else is a bug and is rethrown. */
export function problemFrom(error: unknown): Response {
  if (error instanceof DomainError)
    return problem(error.status, error.message, error.extra.fieldErrors);
  throw error;
}
