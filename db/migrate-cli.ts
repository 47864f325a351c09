import { getDb, closeDb } from "./index";
import { migratePg, openPg } from "./pg";
import { env } from "@/lib/env";
import { databaseTarget } from "@/lib/database-url";

/** npm run db:migrate: the SQLite file (DATABASE_FILE, or DATABASE_URL=file:…), or PostgreSQL with
 * DATABASE_URL=postgres://… (db/pg/migrations). */
async function main() {
  const target = databaseTarget(env());
  if (target.engine === "postgres") {
    const pg = openPg(target.url, { max: 1 });
    try {
      await migratePg(pg.db);
    } finally {
      await pg.close();
    }
    console.log(`Migrated PostgreSQL ${new URL(target.url).host}${new URL(target.url).pathname}`);
    return;
  }
  getDb();
  closeDb();
  console.log(`Migrated ${target.file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
