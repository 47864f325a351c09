import type { Db } from "./index";
import { writeTransaction } from "./write-transaction";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<Db, Pending[]>();

/**
 * Group commit: writes that arrive together (the same turn of the event loop) commit in one durable
 * transaction, so many concurrent writers share one fsync instead of queuing behind one each
 * (synchronous = FULL stays: a write is acknowledged only once its group is on disk).
 *
 * Each write's own `writeTransaction` runs inside the group as a savepoint (better-sqlite3 nests a
 * transaction opened inside another one as a savepoint): a write that fails rolls back its savepoint and
 * rejects only its own promise; the others in the group commit as if alone. Writes run in arrival order,
 * each seeing the ones before it, exactly as they would one after another.
 *
 * `work` must be a plain service call (database only): it runs outside the request that queued it, so it
 * must not touch the request (cookies, revalidation) — do that after the promise resolves.
 */
export function groupCommitted<T>(db: Db, work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) queues.set(db, (queue = []));
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (queue.length === 1) setImmediate(() => flush(db));
  });
}

function flush(db: Db): void {
  const batch = queues.get(db)?.splice(0) ?? [];
  if (batch.length === 0) return;
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    writeTransaction(db, () => {
      for (const { work } of batch) {
        try {
          // Its own savepoint, even for work that wrote before it threw outside a writeTransaction.
          outcomes.push({ ok: true, value: writeTransaction(db, work) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    // The group itself failed (the lock not taken in time, the commit refused): nothing of it was saved.
    for (const { reject } of batch) reject(error);
    return;
  }
  batch.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}
