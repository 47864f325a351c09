import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { env } from "@/lib/env";
import { databaseTarget } from "@/lib/database-url";

export type Db = BetterSQLite3Database<typeof schema>;

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

// Kept on globalThis so dev-mode hot reloads reuse one connection instead of leaking handles.
const holder = globalThis as unknown as {
  tallyDb?: { db: Db; sqlite: Database.Database; file: string };
};

/** Opens (once) the SQLite file, applies pending migrations, and returns the Drizzle client.
 * Lazy on purpose: importing this module must never create a database (e.g. during `next build`). */
export function getDb(): Db {
  const target = databaseTarget(env());
  // Only db:migrate and db:copy speak PostgreSQL so far (docs/architecture.md, "Two engines"): the app
  // must not quietly serve a SQLite file when PostgreSQL was asked for.
  if (target.engine !== "sqlite")
    throw new Error(
      "Tally runs on SQLite only for now: DATABASE_URL=postgres://… works with db:migrate and db:copy",
    );
  const file = target.file;
  if (holder.tallyDb && holder.tallyDb.file === file) return holder.tallyDb.db;
  const sqlite = openSqlite(file);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  holder.tallyDb = { db, sqlite, file };
  return db;
}

export function openSqlite(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // FULL: a commit is on disk before it is acknowledged, so a power cut cannot drop the last ones.
  sqlite.pragma("synchronous = FULL");
  return sqlite;
}

/** For scripts and tests that open a specific file. */
export function createDb(file: string): { db: Db; sqlite: Database.Database } {
  const sqlite = openSqlite(file);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite };
}

export function closeDb(): void {
  holder.tallyDb?.sqlite.close();
  holder.tallyDb = undefined;
}
