import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { importItems } from "@/db/services/import-batch";
import type { ImportItem } from "@/lib/import/files";
import { queueArticleSuggestions } from "./follow-ups";
import { drainJobs } from "./worker";
import { recomputeSuggestionsForArticle } from "@/db/services/recompute-suggestions";
import { createTestDb } from "@/tests/test-db";

/** A worker process killed with SIGKILL in the middle of the queue: a second worker finishes every job,
 * the killed one included, and the result is the same as one uninterrupted run, with no job twice. */
const ARTICLES = 30;
const LEASE_MS = 1_500;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-kill-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const seeds = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join("seeds", f), "utf8"));
/** Seed stories with their figures shifted, so every article is new and has neighbours to link to. */
const items: ImportItem[] = Array.from({ length: ARTICLES }, (_, i) => {
  let k = i;
  const body = seeds[i % seeds.length]!.replace(/\d+/g, (d) =>
    String((Number(d) + (k++ % 3) + Math.floor(i / seeds.length)) % 10 ** Math.max(1, d.length)),
  );
  return { ok: true, label: `a${i}`, input: { title: `Story ${i}`, body } };
});

function build(file: string): { db: Db; close: () => void; created: number } {
  const { db, close } = createTestDb({ file });
  const summary = importItems(db, items, { actorId: null, suggestions: false });
  // A few variants come out as duplicates or with an unreadable date; the rest is plenty.
  expect(summary.created).toBeGreaterThan(ARTICLES * 0.8);
  db.transaction((tx) => {
    for (const r of summary.results)
      if (r.status === "created") queueArticleSuggestions(tx, r.articleId);
  });
  return { db, close, created: summary.created };
}

const suggestionRows = (db: Db) =>
  db.all<{ claim_id: number; candidate_id: number; relation: string }>(
    sql`select claim_id, candidate_id, relation from link_suggestions order by claim_id, candidate_id`,
  );
const statusCounts = (db: Db) =>
  Object.fromEntries(
    db
      .all<{ status: string; n: number }>(
        sql`select status, count(*) as n from jobs group by status`,
      )
      .map((r) => [r.status, r.n]),
  );

function startWorker(file: string): ChildProcess {
  // node with tsx's loader, not the tsx CLI: the CLI runs the script in a child process, which a
  // SIGKILL to the CLI would leave running.
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_FILE: file, TALLY_JOB_LEASE_MS: String(LEASE_MS) },
    stdio: "ignore",
  });
}

function recomputeAll(db: Db): void {
  const ids = db.all<{ id: number }>(sql`select id from articles order by id`);
  for (const { id } of ids) recomputeSuggestionsForArticle(db, id);
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("a worker killed mid-queue leaves jobs a second worker finishes, without duplicates", async () => {
  // The reference: the same data, drained in one uninterrupted run.
  const reference = build(path.join(dir, "reference.db"));
  expect(drainJobs(reference.db)).toBe(reference.created);
  // Each article's job replaces the open suggestions touching its claims, so the final rows depend on
  // the order the jobs ran in, and the killed job runs again last. Both databases get one more pass in
  // article order: a kill that left a half-written or stuck state would still differ after it.
  recomputeAll(reference.db);
  const expected = suggestionRows(reference.db);
  reference.close();
  expect(expected.length).toBeGreaterThan(0);

  const file = path.join(dir, "killed.db");
  const { db, close, created } = build(file);
  try {
    const first = startWorker(file);
    await until(() => (statusCounts(db).done ?? 0) >= 10, 60_000);
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const atKill = statusCounts(db);
    expect(atKill.done ?? 0).toBeLessThan(created); // killed mid-queue
    const heldByTheDead = db.all<{ id: number }>(sql`select id from jobs where status = 'running'`);

    const second = startWorker(file);
    try {
      await until(() => (statusCounts(db).done ?? 0) === created, 90_000);
    } finally {
      second.kill("SIGTERM");
    }
    expect(statusCounts(db)).toEqual({ done: created });
    // One job per article, never a second copy; the one the dead worker held ran again.
    expect(db.all(sql`select key from jobs group by key having count(*) > 1`)).toEqual([]);
    for (const { id } of heldByTheDead)
      expect(
        db.get<{ attempts: number }>(sql`select attempts from jobs where id = ${id}`).attempts,
      ).toBe(2);
    recomputeAll(db);
    expect(suggestionRows(db)).toEqual(expected);
  } finally {
    close();
  }
}, 180_000);
