import type Database from "better-sqlite3";
import type { Db } from "./index";
import { writeTransaction, type Tx } from "./write-transaction";

/**
 * A write nobody waits on (the job worker's batches, a feed read's articles) commits without waiting for
 * the disk: synchronous = NORMAL for its commit alone, FULL again for every other write.
 *
 * Why this loses nothing that was promised: in WAL mode a NORMAL commit is written to the log but not
 * fsynced, so a power cut (not a crash of the process: the log is in the OS's hands already) can drop the
 * last of these commits, never a part of one, and never one that a later FULL commit came after (the log
 * is replayed in order and that commit's fsync covers every frame before it). What such a commit holds is
 * redone on its own: a job batch's claim rolls back with its results, so the jobs are pending again and
 * run again (they are idempotent); a feed read's items are unseen again and imported at its next read.
 * Nobody was told any of it was saved. What was acknowledged to a user (a claim write, an import) stays
 * FULL. One fsync costs about as much as a small article's import (~4 ms, more under load).
 */
export function backgroundTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  // The connection the database's session holds (as db/queries/prepared.ts reaches it).
  const sqlite = (db as unknown as { session: { client: Database.Database } }).session.client;
  // Inside a transaction the setting cannot change (and the outer commit decides): just run within it.
  if (sqlite.inTransaction) return writeTransaction(db, work);
  const level = sqlite.pragma("synchronous", { simple: true }) as number;
  // 2 is FULL, 3 EXTRA: only a stricter setting is relaxed (a bench's OFF stays OFF).
  if (level < 2) return writeTransaction(db, work);
  sqlite.pragma("synchronous = NORMAL");
  try {
    return writeTransaction(db, work);
  } finally {
    sqlite.pragma(`synchronous = ${level}`);
  }
}
