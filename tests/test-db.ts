import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openSqlite, type Db } from "@/db";
import * as schema from "@/db/schema";

export interface TestDb {
  db: Db;
  sqlite: ReturnType<typeof openSqlite>;
  /** Statements run so far, when asked for with `countQueries`. */
  counter: { queries: number };
  close: () => void;
}

/**
 * The one way a unit test gets a database: migrated like production, in memory unless `onDisk` (a temporary
 * file, for code that opens its own connection), optionally counting every statement (the query-count tests).
 */
export function createTestDb(options: { onDisk?: boolean; countQueries?: boolean } = {}): TestDb {
  const dir = options.onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), "tally-test-")) : null;
  const sqlite = openSqlite(dir ? path.join(dir, "test.db") : ":memory:");
  const counter = { queries: 0 };
  const db = drizzle(sqlite, {
    schema,
    ...(options.countQueries ? { logger: { logQuery: () => void counter.queries++ } } : {}),
  }) as unknown as Db;
  migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
  counter.queries = 0;
  return {
    db,
    sqlite,
    counter,
    close: () => {
      sqlite.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
