import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "./index";
import { writeTransaction } from "./write-transaction";
import { createTestDb, type TestDb } from "@/tests/test-db";

// Two connections to one file, as the app server and the background worker (or two servers) have.
let first: TestDb;
let second: ReturnType<typeof openSqlite>;
afterEach(() => {
  second.close();
  first.close();
});

function open() {
  first = createTestDb({ onDisk: true });
  second = openSqlite(first.sqlite.name);
  second.pragma("busy_timeout = 0");
  first.sqlite.exec("CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0);");
}

/** The error's message with its cause's (drizzle wraps the driver's error), or "" when nothing threw. */
function failure(work: () => unknown): string {
  try {
    work();
    return "";
  } catch (error) {
    const { message, cause } = error as Error;
    return `${message} ${cause instanceof Error ? cause.message : ""}`;
  }
}

const readN = (tx: { get: <T>(q: ReturnType<typeof sql>) => T }) =>
  tx.get<{ n: number }>(sql`SELECT n FROM counter`).n;

describe("writeTransaction", () => {
  it("holds the write lock from its first read, so another writer waits and nothing is undone", () => {
    open();
    writeTransaction(first.db, (tx) => {
      const n = readN(tx);
      expect(failure(() => second.exec("UPDATE counter SET n = n + 1"))).toMatch(/locked/);
      tx.run(sql`UPDATE counter SET n = ${n + 10}`);
    });
    second.exec("UPDATE counter SET n = n + 1");
    expect(readN(first.db)).toBe(11);
  });

  it("is needed: a deferred transaction that read before another commit fails at once on its write", () => {
    open();
    const started = Date.now();
    const refused = failure(() =>
      first.db.transaction((tx) => {
        readN(tx);
        second.exec("UPDATE counter SET n = n + 1");
        tx.run(sql`UPDATE counter SET n = n + 10`);
      }),
    );
    expect(refused).toMatch(/database is locked/);
    // No wait for busy_timeout: SQLite cannot let a stale snapshot write, so it refuses at once.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(readN(first.db)).toBe(1);
  });
});
