import { writeTransaction } from "../write-transaction";
import { and, count, eq, gte, inArray, lt, max } from "drizzle-orm";
import type { Db } from "../index";
import { loginFailures } from "../schema";
import { DECAY_MS, opensAt, type ThrottleKey } from "@/lib/auth/throttle";

/** When the next attempt is allowed for every key (the latest of their delays); null when allowed now. */
export function throttledUntil(db: Db, keys: ThrottleKey[], now = Date.now()): number | null {
  let until: number | null = null;
  for (const { key, rule } of keys) {
    const row = db
      .select({ failures: count(), lastAt: max(loginFailures.at) })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, now - DECAY_MS)))
      .get();
    const opens = row ? opensAt(row, rule, now) : null;
    if (opens !== null) until = Math.max(until ?? 0, opens);
  }
  return until;
}

/** Counts a failure against every key, pruning failures too old to count. */
export function recordFailure(db: Db, keys: ThrottleKey[], now = Date.now()): void {
  writeTransaction(db, (tx) => {
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, now - DECAY_MS))
      .run();
    tx.insert(loginFailures)
      .values(keys.map(({ key }) => ({ key, at: now })))
      .run();
  });
}

/** A success forgives the account's failures. The address's stay: one right password from an address
 * must not wipe out the guesses it made at other accounts. */
export function clearFailures(db: Db, keys: ThrottleKey[]): void {
  const accountKeys = keys.map((k) => k.key).filter((k) => k.startsWith("email:"));
  if (accountKeys.length === 0) return;
  db.delete(loginFailures).where(inArray(loginFailures.key, accountKeys)).run();
}
