import type { Db } from "./index";

/** The handle a transaction's work receives: the same query builder as Db, inside one transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Every write runs here. The transaction starts IMMEDIATE: it takes the write lock before its first
 * read, so it waits (busy_timeout) for another writer instead of failing. A deferred transaction that
 * reads, then writes after another connection committed, gets SQLITE_BUSY_SNAPSHOT ("database is
 * locked") at once, with no wait: two checkers saving together, or a save during a background job.
 */
export function writeTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: "immediate" });
}
