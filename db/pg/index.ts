import path from "node:path";
import pg from "pg";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import * as schema from "./schema";

export type PgDb = NodePgDatabase<typeof schema>;

const MIGRATIONS = path.join(process.cwd(), "db", "pg", "migrations");

// node-postgres returns int8 (bigint) as a string, since it can pass 2^53; Tally's bigints are unix
// milliseconds, far below it, and the schema reads them as numbers (bigint mode "number").
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** A pool on a PostgreSQL database and the Drizzle client over it; `close` ends the pool. */
export function openPg(url: string, { max = 10 }: { max?: number } = {}) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server ends (a restart, a failover, a dropped database) is removed by the
  // pool, and the next query opens a new one; without a listener its error would crash the process.
  pool.on("error", () => undefined);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/** Applies db/pg/migrations (drizzle's migrator records them in drizzle.__drizzle_migrations). */
export async function migratePg(db: PgDb): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS });
}
