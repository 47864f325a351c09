import type { SQL } from "drizzle-orm";

/**
 * The engine-neutral handle a service's work receives (docs/architecture.md, "Two engines"): standard
 * SQL written once with Drizzle's `sql` template, compiled by each engine's dialect (`?` on SQLite,
 * `$1` on PostgreSQL). Every call is a promise on both engines, so code written against it is the same
 * code on both. What the two engines return differently, callers must not rely on:
 * - a column alias must be double-quoted (`as "articleId"`): PostgreSQL folds unquoted names to lower case;
 * - a boolean column reads as 0/1 on SQLite and false/true on PostgreSQL;
 * - count(*) and bigints read as numbers on both (db/pg/index.ts parses int8 as a number).
 */
export interface SqlRunner {
  all<T>(query: SQL): Promise<T[]>;
  get<T>(query: SQL): Promise<T | undefined>;
  /** `changes`: rows the statement inserted, updated or deleted (0 is how a version check fails). */
  run(query: SQL): Promise<{ changes: number }>;
}

/** Where a read may go. `primary`: up to date. `stale`: may lag the last writes by a moment (a
 * replica on PostgreSQL); lists, search and exports read there. */
export type ReadTarget = "primary" | "stale";

/**
 * What a write leaves behind for its writer's next read: on PostgreSQL the WAL position its commit
 * reached, so that read goes to a replica only once the replica has replayed that far (db/engine/replica.ts).
 * Kept by the caller (in the user's session), never in a process's memory, so it holds across app servers.
 */
export type WriteMark = string;

export interface Engine {
  readonly kind: "sqlite" | "postgres";
  /**
   * One write transaction: commits when `work` resolves, rolls back when it throws (the error is
   * re-thrown). On SQLite transactions run one at a time (a single-writer queue, BEGIN IMMEDIATE); on
   * PostgreSQL each takes its own pooled connection, and concurrent writers are kept apart by the
   * optimistic `where version = ?` checks, exactly as on SQLite. A write started inside another's work
   * is refused: it would wait for itself on SQLite.
   */
  write<T>(work: (tx: SqlRunner) => Promise<T>): Promise<{ value: T; mark: WriteMark | null }>;
  /** A runner for reads outside a transaction. `stale` with the caller's last mark reads a replica only
   * when it has that write; without a replica (SQLite, or none configured) it is the primary. */
  reader(target: ReadTarget, mark?: WriteMark | null): Promise<SqlRunner>;
  close(): Promise<void>;
}
