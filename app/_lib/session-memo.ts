import "server-only";
import { headers } from "next/headers";
import type { Session } from "next-auth";
import { auth } from "./auth";

type AuthSession = Session | null;

/** How long a decoded session is reused for the same cookie. It bounds how long after its token's expiry a
 * session could still be accepted; revocation does not wait on it (the guards re-read the user and its
 * session version from the database on every request). */
const REUSE_MS = 10_000;
const MAX_ENTRIES = 2_000;

const remembered = new Map<string, { session: NonNullable<AuthSession>; until: number }>();

/**
 * Auth.js's `auth()` decoded once per cookie for a few seconds instead of on every request. Each call runs
 * Auth.js's whole session action: key derivation, decrypting the token, then encrypting a rolled token that
 * a server component or action cannot even send back (measured: about a tenth of the server's CPU with 50
 * concurrent writers). The answer depends only on the cookie (and the secret and the protocol that name
 * it), so the same cookie gets the same session. Only signed-in sessions are kept; a miss asks Auth.js.
 */
export async function memoizedAuth(): Promise<AuthSession> {
  const request = await headers();
  const cookie = request.get("cookie");
  if (!cookie) return await auth();
  const key = `${request.get("x-forwarded-proto") ?? ""} ${request.get("host") ?? ""} ${cookie}`;
  const now = Date.now();
  const hit = remembered.get(key);
  if (hit && hit.until > now) return hit.session;
  if (hit) remembered.delete(key);
  const session = await auth();
  if (session?.user) {
    if (remembered.size >= MAX_ENTRIES) evict(now);
    const expires = Date.parse(session.expires);
    remembered.set(key, {
      session,
      until: Number.isNaN(expires) ? now + REUSE_MS : Math.min(now + REUSE_MS, expires),
    });
  }
  return session;
}

/** Drops every expired entry; if none had, the oldest (a Map keeps insertion order). */
function evict(now: number): void {
  for (const [key, entry] of remembered) if (entry.until <= now) remembered.delete(key);
  if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
}
