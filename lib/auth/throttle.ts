/**
 * Sign-in throttling with growing delays instead of a lockout. Each key (an account, an address) may
 * fail a few times freely; after that every further failure doubles the wait before the next attempt,
 * up to a cap. Failures count only while they are recent, so the delay decays away on its own: a
 * guesser is slowed to a handful of tries an hour, while a typo-prone user waits seconds, not hours.
 * Pure: the failures themselves are stored by db/queries/login-failures.ts.
 */

export interface ThrottleRule {
  /** Failures allowed before any delay. */
  free: number;
  /** The delay after the first failure beyond the free ones; each further failure doubles it. */
  baseMs: number;
  /** The longest delay, however many failures. */
  capMs: number;
}

/** Failures older than this no longer count (the decay). */
export const DECAY_MS = 60 * 60 * 1000;

export const ACCOUNT_RULE: ThrottleRule = { free: 4, baseMs: 2_000, capMs: 15 * 60 * 1000 };
// An address may be an office behind one NAT: a few more free tries before it slows down.
export const ADDRESS_RULE: ThrottleRule = { free: 9, baseMs: 2_000, capMs: 15 * 60 * 1000 };

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

export function accountKey(email: string): ThrottleKey {
  return { key: `email:${email.trim().toLowerCase()}`, rule: ACCOUNT_RULE };
}

export function addressKey(address: string): ThrottleKey {
  return { key: `ip:${address}`, rule: ADDRESS_RULE };
}

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  return address ? [accountKey(email), addressKey(address)] : [accountKey(email)];
}

/** How long to wait after the last of `failures` recent failures. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  const beyond = failures - rule.free;
  if (beyond <= 0) return 0;
  // 2^beyond overflows nothing here: the exponent is capped long before the delay is.
  return Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(beyond - 1, 30));
}

/** When the next attempt is allowed for a key, given its recent failures; null when it is allowed now. */
export function opensAt(
  recent: { failures: number; lastAt: number | null },
  rule: ThrottleRule,
  now: number,
): number | null {
  if (recent.lastAt === null) return null;
  const opens = recent.lastAt + delayAfter(recent.failures, rule);
  return opens > now ? opens : null;
}

/** "Try again in 8 seconds" / "in 4 minutes", for the sign-in and password forms. */
export function throttledMessage(until: number, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? "" : "s"}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}
