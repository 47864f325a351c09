import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openSqlite, type Db } from "@/db";
import * as schema from "@/db/schema";

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export interface TestDb {
  db: Db;
  sqlite: ReturnType<typeof openSqlite>;
  /** The database file (":memory:" unless on disk), for code that opens its own connection. */
  file: string;
  /** Statements run so far, when asked for with `countQueries`. */
  counter: { queries: number };
  close: () => void;
}

export interface TestDbOptions {
  /** A temporary file, removed on close, for code that opens its own connection (workers, threads). */
  onDisk?: boolean;
  /** This file instead (created if missing, left in place on close): for a test that names its files. */
  file?: string;
  /** Count every statement (the query-count tests). */
  countQueries?: boolean;
  /** Apply only the migrations before this tag (e.g. "0005_rename_audit_actions"), by their SQL, so a
   * migration test can store data as it was before the migration it tests. */
  migrateBefore?: string;
}

/**
 * The one way a test gets a database: migrated like production, in memory unless `onDisk` or `file`,
 * optionally counting every statement or stopping short of one migration.
 */
export function createTestDb(options: TestDbOptions = {}): TestDb {
  const dir =
    options.onDisk && !options.file ? fs.mkdtempSync(path.join(os.tmpdir(), "tally-test-")) : null;
  const file = options.file ?? (dir ? path.join(dir, "test.db") : ":memory:");
  const sqlite = openSqlite(file);
  const counter = { queries: 0 };
  const db = drizzle(sqlite, {
    schema,
    ...(options.countQueries ? { logger: { logQuery: () => void counter.queries++ } } : {}),
  }) as unknown as Db;
  if (options.migrateBefore) applyMigrationsBefore(sqlite, options.migrateBefore);
  else migrate(db, { migrationsFolder: MIGRATIONS });
  counter.queries = 0;
  return {
    db,
    sqlite,
    file,
    counter,
    close: () => {
      sqlite.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs each migration's SQL in journal order up to (not including) `tag`. */
function applyMigrationsBefore(sqlite: ReturnType<typeof openSqlite>, tag: string): void {
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8"),
  ) as { entries: { tag: string }[] };
  if (!journal.entries.some((e) => e.tag === tag)) throw new Error(`no migration ${tag}`);
  for (const entry of journal.entries) {
    if (entry.tag === tag) return;
    const text = fs.readFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), "utf8");
    for (const statement of text.split("--> statement-breakpoint")) sqlite.exec(statement);
  }
}

/** A user of each role, for tests that need an actor. */
export function insertTestUsers(db: Db) {
  const make = (role: schema.Role, name: string) =>
    db
      .insert(schema.users)
      .values({ email: `${role}@test.test`, name, role, passwordHash: "x" })
      .returning()
      .get();
  return {
    checker: make("checker", "Cleo Checker"),
    editor: make("editor", "Eddie Editor"),
    admin: make("admin", "Ada Admin"),
  };
}
