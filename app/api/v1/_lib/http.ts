import "server-only";
import type { z } from "zod";
import { authorizeRequest, type SessionUser } from "@/app/_lib/guards";
import { parseId } from "@/lib/parse-id";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { problem, problemFrom } from "@/app/_lib/problem";
import type { Permission } from "@/lib/auth/permissions";
import { mediaType, megabytesOf, readCapped } from "@/lib/http/read-capped";

export { problem, problemFrom, parseId as parseIdParam };

/** A zod failure as a 400: the first message (with where it is) up front, every field's messages kept. */
export function zodError(error: z.ZodError): Response {
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return problem(400, `${where}${first?.message ?? "Invalid input."}`, fieldErrorsOf(error));
}

/** Runs a handler for an authorised caller (session cookie or Bearer API key); 401/403 as JSON otherwise. */
export async function withAuth(
  request: Request,
  permission: Permission,
  handler: (user: SessionUser) => Response | Promise<Response>,
): Promise<Response> {
  const auth = await authorizeRequest(request, permission);
  if (!auth.ok) return problem(auth.status, auth.error);
  try {
    return await handler(auth.user);
  } catch (error) {
    return problemFrom(error);
  }
}

/** The query string as a plain object, parsed by the route's schema. */
export function parseQuery<T extends z.ZodType>(
  request: Request,
  schema: T,
): { ok: true; data: z.output<T> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: zodError(parsed.error) };
}

/** A JSON request body, or a 415/413/400 that says why not. The type must be exactly application/json
 * (a charset parameter is fine), and the body is read only up to `maxBytes` as it streams in. */
export async function readJson(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; data: unknown } | { ok: false; response: Response }> {
  if (mediaType(request.headers.get("content-type")) !== "application/json") {
    return {
      ok: false,
      response: problem(415, "Send the body as JSON with Content-Type: application/json."),
    };
  }
  const tooLarge = () => ({
    ok: false as const,
    response: problem(413, `The body is larger than the ${megabytesOf(maxBytes)} limit.`),
  });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
  const body = await readCapped(request.body, maxBytes);
  if (!body.ok) return tooLarge();
  try {
    return { ok: true, data: JSON.parse(new TextDecoder().decode(body.bytes)) as unknown };
  } catch (error) {
    return {
      ok: false,
      response: problem(400, `The body is not valid JSON: ${(error as Error).message}`),
    };
  }
}

/** The origin the caller used (ids in exports are built on it). Next's request.url may name the address the
 * server listens on rather than the one the client asked for, so the Host headers decide. */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    url.protocol.replace(/:$/, "");
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ||
    request.headers.get("host") ||
    url.host;
  return `${proto}://${host}`;
}
