import crypto from "node:crypto";

export const API_KEY_PREFIX = "tly_";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + crypto.randomBytes(24).toString("base64url");
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

// Keys are long and random, so a fast hash is enough: there is nothing to brute-force.
export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

export const API_KEY_LIFETIMES_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_API_KEY_LIFETIME_DAYS = 90;
export const API_KEY_SCOPE_LABELS = { read: "Read", write: "Read and write" } as const;

/** What a Bearer key looked up by its hash carries (null when no key has that hash). */
export interface PresentedKey<U> {
  scope: "read" | "write";
  expiresAt: number | null;
  revokedAt: number | null;
  owner: U & { disabledAt: number | null };
}

export type KeyVerdict<U> = { ok: true; user: U } | { ok: false; status: 401 | 403; error: string };

/** Whether a key may make this request: known, unrevoked, unexpired, its owner enabled, and a write
 * only with a write-scoped key. Each refusal says which, so an integrator knows what to fix. */
export function judgeApiKey<U>(
  key: PresentedKey<U> | null,
  { write, now }: { write: boolean; now: number },
): KeyVerdict<U> {
  if (!key) return { ok: false, status: 401, error: "This API key is not known to Tally." };
  if (key.revokedAt !== null)
    return {
      ok: false,
      status: 401,
      error: "This API key was revoked; ask an admin for a new one.",
    };
  if (key.expiresAt !== null && key.expiresAt <= now)
    return {
      ok: false,
      status: 401,
      error: `This API key expired on ${new Date(key.expiresAt).toISOString().slice(0, 10)}; ask an admin for a new one.`,
    };
  if (key.owner.disabledAt !== null)
    return {
      ok: false,
      status: 401,
      error: "The user this API key acts as is disabled, so the key no longer works.",
    };
  if (write && key.scope !== "write")
    return {
      ok: false,
      status: 403,
      error: "This API key may only read; changing data needs a read-and-write key.",
    };
  return { ok: true, user: key.owner };
}
