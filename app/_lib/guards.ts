import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { getUserById, type UserSummary } from "@/db/queries/users";
import { memoizedAuth } from "./session-memo";
import { can, type Permission } from "@/lib/auth/permissions";
import { getPresentedApiKey, touchApiKey } from "@/db/queries/api-keys";
import { judgeApiKey } from "@/lib/auth/api-keys";
import { isSameOriginRequest } from "@/lib/auth/same-origin";

export type SessionUser = UserSummary;

/** The signed-in user, re-read from the database on every call so that a disabled user or a
 * changed role takes effect on the very next request. Null for anonymous or disabled users. */
export async function currentUser(): Promise<SessionUser | null> {
  const { user } = await sessionState();
  return user;
}

type Revoked = false | "disabled" | "stale";

/** The user, plus why a session cookie no longer lets its holder in: its user is disabled or deleted,
 * or the token predates a password change, reset, role change or disable (its session version is stale).
 * Once per request (React's cache): the layout and the page both guard, and decrypting the session token
 * costs more than the page's queries (and is reused across requests with the same cookie for a few
 * seconds: session-memo.ts); the user is still read from the database on every request. */
const sessionState = cache(async (): Promise<{ user: SessionUser | null; revoked: Revoked }> => {
  const session = await memoizedAuth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return { user: null, revoked: false };
  const user = getUserById(getDb(), { id });
  if (!user || user.disabledAt !== null) return { user: null, revoked: "disabled" };
  if (session?.sessionVersion !== user.sessionVersion) return { user: null, revoked: "stale" };
  return { user, revoked: false };
});

/** For pages: anonymous visitors go to /login and come back here after signing in. */
export async function requirePageUser(
  permission: Permission = "article.read",
): Promise<SessionUser> {
  const { user, revoked } = await sessionState();
  if (revoked) redirect(revoked === "stale" ? "/login?ended=1" : "/login?revoked=1");
  if (!user) {
    const path = (await headers()).get("x-tally-path") ?? "/";
    redirect(`/login?next=${encodeURIComponent(path)}`);
  }
  if (!can(user.role, permission)) forbidden();
  return user;
}

export type Denied = { ok: false; status: 401 | 403; error: string };

export type Authorized = { ok: true; user: SessionUser };

/** For server actions: the same check, answered as data ({status: 401|403}) instead of a redirect. */
export async function authorizeAction(permission: Permission): Promise<Authorized | Denied> {
  const user = await currentUser();
  return decide(user, permission);
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** For route handlers: an `Authorization: Bearer <api key>` header (its scope must allow a write, and
 * it must be live and its owner enabled), or a session cookie, which may write only from Tally's own
 * pages (a cross-site form or script must not borrow it). */
export async function authorizeRequest(
  request: Request,
  permission: Permission,
): Promise<Authorized | Denied> {
  const write = !READ_METHODS.has(request.method.toUpperCase());
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const db = getDb();
    const key = getPresentedApiKey(db, { key: header.slice(7).trim() });
    const now = Date.now();
    const verdict = judgeApiKey(key, { write, now });
    if (!verdict.ok) return verdict;
    touchApiKey(db, { id: key!.id, at: now });
    return decide(verdict.user, permission);
  }
  if (write && !isSameOriginRequest(request.headers)) {
    return {
      ok: false,
      status: 403,
      error:
        "Refused: a signed-in write must come from Tally's own pages. Scripts and other systems use an API key.",
    };
  }
  return decide(await currentUser(), permission);
}

function decide(
  user: SessionUser | null,
  permission: Permission,
  anonymousMessage = "Sign in first.",
): Authorized | Denied {
  if (!user) return { ok: false, status: 401, error: anonymousMessage };
  if (!can(user.role, permission)) {
    return { ok: false, status: 403, error: `Your role (${user.role}) may not do this.` };
  }
  return { ok: true, user };
}
