import type { CopyTable } from "./tables";

/** A row as both engines hold it: integers and floats as numbers, booleans as booleans, text, null. */
export type Value = number | string | boolean | null;
export type Row = Value[];

/** One side of a copy, SQLite or PostgreSQL, read and written through the same calls. Keys are
 * compared in the same order on both sides: numbers by value, text by bytes (SQLite's BINARY, and
 * PostgreSQL's COLLATE "C"). */
export interface CopyEnd {
  /** Where, without credentials, for messages. */
  label: string;
  /** Rows in key order after `after` (from the start when null), at most `limit`. */
  read(table: CopyTable, after: Value, limit: number): Promise<Row[]>;
  /** Inserts rows in one transaction: a batch is copied whole or not at all. */
  insert(table: CopyTable, rows: Row[]): Promise<void>;
  /** The greatest key present: where an interrupted copy resumes. */
  lastKey(table: CopyTable): Promise<Value>;
  count(table: CopyTable): Promise<number>;
  /** After the rows are in: number new rows after the copied ones (PostgreSQL's identity sequences). */
  finish(tables: CopyTable[]): Promise<void>;
  close(): Promise<void>;
}
