import { AsyncLocalStorage } from "node:async_hooks";

// Marks the async context of a write's work: a second write started from inside it (directly, or by a
// service calling another service) is a bug on both engines: on SQLite the single-writer queue would
// wait for itself forever; on PostgreSQL it would run outside the first transaction and commit alone.
const inWrite = new AsyncLocalStorage<true>();

/** Throws when called from inside a write's work. */
export function refuseNestedWrite(): void {
  if (inWrite.getStore())
    throw new Error("a write transaction was started inside another: pass the caller's tx instead");
}

/** Runs a write's work marked as such (see refuseNestedWrite). */
export function asWrite<T>(work: () => Promise<T>): Promise<T> {
  return inWrite.run(true, work);
}
