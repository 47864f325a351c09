import type Database from "better-sqlite3";

/**
 * One SQLite connection's turn-taking. better-sqlite3 has one connection and a transaction is a state of
 * that connection: while one write's async work awaits between BEGIN and COMMIT, any other statement on
 * the connection would run inside the open transaction (and be committed or rolled back with it). So the
 * turns are queued: each runs to its COMMIT or ROLLBACK before the next starts. This costs nothing in
 * throughput: SQLite has one writer anyway, and the awaits of work on SQLite resolve without I/O.
 */
export class SingleWriter {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly sqlite: Database.Database) {}

  /** Runs `work` alone on the connection, after every turn queued before it, in first-come order. */
  turn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // The next turn waits for this one to end, however it ends.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** A write transaction in a turn: BEGIN IMMEDIATE (the write lock before the first read, as
   * db/write-transaction.ts takes it, so another process's writer is waited for, not failed on),
   * COMMIT when `work` resolves, ROLLBACK when it throws. */
  writeInTurn<T>(work: () => Promise<T>): Promise<T> {
    return this.turn(async () => {
      // A transaction left open by code outside the queue would swallow this one: refuse instead.
      if (this.sqlite.inTransaction)
        throw new Error(
          "the SQLite connection is already in a transaction opened outside the queue",
        );
      this.sqlite.exec("BEGIN IMMEDIATE");
      try {
        const value = await work();
        this.sqlite.exec("COMMIT");
        return value;
      } catch (error) {
        // A failed COMMIT (or a statement error) may already have ended it.
        if (this.sqlite.inTransaction) this.sqlite.exec("ROLLBACK");
        throw error;
      }
    });
  }
}

// One queue per connection, however many engines wrap it.
const writers = new WeakMap<Database.Database, SingleWriter>();

export function singleWriter(sqlite: Database.Database): SingleWriter {
  let writer = writers.get(sqlite);
  if (!writer) writers.set(sqlite, (writer = new SingleWriter(sqlite)));
  return writer;
}
