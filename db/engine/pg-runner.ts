import type { SQL } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { SqlRunner } from "./types";

/** The neutral runner over a Drizzle node-postgres handle (a pool, or one client in a transaction). */
export function pgRunner(db: NodePgDatabase<Record<string, unknown>>): SqlRunner {
  return {
    all: async <T>(query: SQL) => (await db.execute(query)).rows as T[],
    get: async <T>(query: SQL) => (await db.execute(query)).rows[0] as T | undefined,
    run: async (query: SQL) => ({ changes: (await db.execute(query)).rowCount ?? 0 }),
  };
}
