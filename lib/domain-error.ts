/** Why a use case refused, in the words the user sees; the status mirrors HTTP so an action and a route
 * answer the same refusal the same way (lib/action-result.ts, app/api/v1/_lib/http.ts). */
export type DomainErrorStatus = 400 | 403 | 404 | 409 | 413 | 422 | 429;

export class DomainError extends Error {
  constructor(
    readonly status: DomainErrorStatus,
    message: string,
    readonly extra: { fieldErrors?: Record<string, string[]>; current?: unknown } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (message: string) => new DomainError(404, message);
export const forbidden = (message: string) => new DomainError(403, message);
export const conflict = (message: string, current?: unknown) =>
  new DomainError(409, message, current === undefined ? {} : { current });
/** The request is well formed but the thing's state does not allow it (e.g. a rejected claim). */
export const refused = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError(422, message, fieldErrors ? { fieldErrors } : {});
/** Too many failed attempts: wait before trying again. */
export const tooMany = (message: string) => new DomainError(429, message);
