import type { SQL } from "drizzle-orm";
import type { Db } from "../index";
import type { SqlRunner } from "./types";

/** The neutral runner over a better-sqlite3 connection: each statement runs at once (synchronously),
 * its result handed back as a settled promise. */
export function sqliteRunner(db: Db): SqlRunner {
  return {
    all: <T>(query: SQL) => Promise.resolve(db.all<T>(query)),
    get: <T>(query: SQL) => Promise.resolve(db.get<T | undefined>(query)),
    run: (query: SQL) => Promise.resolve({ changes: db.run(query).changes }),
  };
}
