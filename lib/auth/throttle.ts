import { and, count, eq, gte, inArray, lt, min } from "drizzle-orm";
import type { Db } from "@/db";
import { loginFailures } from "@/db/schema";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export function throttleKeys(email: string, address: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (address) keys.push(`ip:${address}`);
  return keys;
}

/** When sign-in is blocked for any of the keys, the time it opens again; null when allowed. */
export function blockedUntil(db: Db, keys: string[], now = Date.now()): number | null {
  let until: number | null = null;
  for (const key of keys) {
    const row = db
      .select({ n: count(), first: min(loginFailures.at) })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, now - WINDOW_MS)))
      .get();
    if (row && row.n >= MAX_FAILURES && row.first !== null) {
      // Blocked until the oldest failure in the window slides out of it.
      const opens = row.first + WINDOW_MS;
      until = Math.max(until ?? 0, opens);
    }
  }
  return until;
}

export function recordFailure(db: Db, keys: string[], now = Date.now()): void {
  db.transaction((tx) => {
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, now - WINDOW_MS))
      .run();
    tx.insert(loginFailures)
      .values(keys.map((key) => ({ key, at: now })))
      .run();
  });
}

export function clearFailures(db: Db, keys: string[]): void {
  db.delete(loginFailures).where(inArray(loginFailures.key, keys)).run();
}
