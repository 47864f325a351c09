import { randomBytes } from "node:crypto";
import pg from "pg";
import { migratePg, openPg, type PgDb } from "@/db/pg";

/**
 * The PostgreSQL that `npm run test:unit` starts (scripts/pg-test-server.sh). These tests run in CI
 * like every other: without the server they fail, they are never skipped.
 */
export function pgTestUrl(which: "primary" | "replica" = "primary"): string {
  const name = which === "primary" ? "DATABASE_URL_PG_TEST" : "DATABASE_REPLICA_URL_PG_TEST";
  const url = process.env[name];
  if (!url)
    throw new Error(
      `${name} is not set: run the tests through \`npm run test:unit\`, or start the servers with ` +
        '`eval "$(bash scripts/pg-test-server.sh)"` first',
    );
  return url;
}

/** `url` with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface PgTestDb {
  db: PgDb;
  pool: pg.Pool;
  url: string;
  name: string;
  close: () => Promise<void>;
}

/** A new, empty database on the test server (migrated unless `migrate: false`), dropped on close, so
 * test files running side by side never see each other's rows. */
export async function createPgTestDb({
  migrate = true,
}: { migrate?: boolean } = {}): Promise<PgTestDb> {
  const admin = pgTestUrl();
  const name = `tally_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(admin, `create database ${name}`);
  const url = withDatabase(admin, name);
  const { db, pool, close } = openPg(url, { max: 4 });
  if (migrate) await migratePg(db);
  return {
    db,
    pool,
    url,
    name,
    close: async () => {
      await close();
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
