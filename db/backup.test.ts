import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backupDatabase, checkIntegrity, restoreDatabase } from "./backup";
import { createTestDb } from "@/tests/test-db";

const WRITERS = 20;

// Each writer is a thread with its own connection, set up as Tally's (WAL, FULL, busy timeout). After
// each commit it publishes how many rows it has committed: that number is "acknowledged".
const WRITER = `
const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
const { workerData } = require("node:worker_threads");
const acked = new Int32Array(workerData.acked);
const db = new Database(workerData.file);
// The file is already in WAL mode (a persistent setting); the wait is set before anything else.
db.pragma("busy_timeout = 30000");
db.pragma("synchronous = FULL");
const insert = db.prepare("INSERT INTO backup_probe (writer, seq, payload) VALUES (?, ?, ?)");
let seq = 0;
while (Atomics.load(acked, ${WRITERS}) === 0) {
  try {
    insert.run(workerData.writer, seq + 1, "x".repeat(200));
  } catch (error) {
    // SQLite may answer BUSY at once when a checkpoint holds the log; that write was not
    // acknowledged, so it is simply tried again.
    if (error.code && error.code.startsWith("SQLITE_BUSY")) continue;
    throw error;
  }
  seq++;
  Atomics.store(acked, workerData.writer, seq);
}
db.close();
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-backup-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("a backup taken while 20 writers write restores to a sound copy holding every acknowledged write", async () => {
  const live = path.join(dir, "live.db");
  const { sqlite } = createTestDb({ file: live });
  sqlite.exec(
    "CREATE TABLE backup_probe (writer INTEGER NOT NULL, seq INTEGER NOT NULL, payload TEXT, PRIMARY KEY (writer, seq))",
  );
  sqlite.close();

  const acked = new Int32Array(new SharedArrayBuffer(4 * (WRITERS + 1)));
  const writers = Array.from(
    { length: WRITERS },
    (_, writer) =>
      new Worker(WRITER, { eval: true, workerData: { file: live, writer, acked: acked.buffer } }),
  );
  const errors: Error[] = [];
  const finished = writers.map(
    (w) =>
      new Promise<void>((resolve) => {
        w.on("error", (error) => errors.push(error));
        w.on("exit", () => resolve());
      }),
  );
  // Let every writer commit a few rows first.
  while (!errors.length && Array.from(acked.slice(0, WRITERS)).some((n) => n < 5))
    await new Promise((r) => setTimeout(r, 10));
  expect(errors).toEqual([]);

  const ackedBefore = Array.from(acked.slice(0, WRITERS));
  const backupFile = path.join(dir, "backup.db");
  await backupDatabase(live, backupFile);
  const ackedAfter = Array.from(acked.slice(0, WRITERS));
  Atomics.store(acked, WRITERS, 1);
  await Promise.all(finished);
  expect(errors).toEqual([]);

  // The writers really wrote during the backup, or this test proves nothing.
  expect(ackedAfter.reduce((a, b) => a + b, 0)).toBeGreaterThan(
    ackedBefore.reduce((a, b) => a + b, 0),
  );

  const restored = path.join(dir, "restored.db");
  fs.writeFileSync(restored, "an older database");
  restoreDatabase(backupFile, restored);
  expect(checkIntegrity(restored)).toBe("ok");
  const db = new Database(restored, { readonly: true });
  const counts = db
    .prepare("SELECT writer, COUNT(*) AS n, MAX(seq) AS top FROM backup_probe GROUP BY writer")
    .all() as { writer: number; n: number; top: number }[];
  const migrated = db.prepare("SELECT COUNT(*) AS n FROM __drizzle_migrations").get() as {
    n: number;
  };
  db.close();
  expect(migrated.n).toBeGreaterThan(0);
  for (let writer = 0; writer < WRITERS; writer++) {
    const row = counts.find((c) => c.writer === writer);
    // Every write acknowledged before the backup began is there, with no gaps.
    expect(row?.top).toBeGreaterThanOrEqual(ackedBefore[writer]!);
    expect(row?.n).toBe(row?.top);
  }
  expect(fs.readFileSync(`${restored}.before-restore`, "utf8")).toBe("an older database");
}, 120_000);

it("refuses to overwrite an existing file and to restore a damaged backup", async () => {
  const live = path.join(dir, "refuse.db");
  createTestDb({ file: live }).close();
  const taken = path.join(dir, "taken.db");
  fs.writeFileSync(taken, "");
  await expect(backupDatabase(live, taken)).rejects.toThrow(/already exists/);
  const damaged = path.join(dir, "damaged.db");
  fs.writeFileSync(damaged, "SQLite format 3\0 but not really a database at all".repeat(100));
  expect(() => restoreDatabase(damaged, path.join(dir, "target.db"))).toThrow();
  expect(fs.existsSync(path.join(dir, "target.db"))).toBe(false);
});
