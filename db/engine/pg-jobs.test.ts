import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Job } from "../schema";
import { createPgTestDb, type PgTestDb } from "@/tests/pg-test-db";
import { createTestDb } from "@/tests/test-db";
import { claimJobs } from "../jobs/queue";
import { drizzle } from "drizzle-orm/node-postgres";
import { pgEngine } from "./pg";
import { pgRunner } from "./pg-runner";
import { claimJobsPg, completeJobOn, enqueueJobOn } from "./pg-jobs";
import type { Engine } from "./types";

let t: PgTestDb;
// Two workers as two app servers have them: each its own engine, its own pool.
let workers: Engine[];
beforeAll(async () => {
  t = await createPgTestDb();
  workers = [pgEngine({ url: t.url, max: 2 }), pgEngine({ url: t.url, max: 2 })];
  await t.pool.query("create table job_runs (job_id bigint not null, worker int not null)");
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await t.close();
});
beforeEach(async () => {
  await t.pool.query("delete from job_runs; delete from jobs");
});

async function enqueue(n: number, kind = "test.work") {
  await workers[0]!.write(async (tx) => {
    for (let i = 0; i < n; i++) await enqueueJobOn(tx, { kind, key: `item:${i}`, payload: { i } });
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker's loop: claim a few, keep the claim open a moment (so the other worker meets its locks),
 * then do each job in its own transaction with the completion, as db/jobs/worker.ts does. */
async function work(engine: Engine, worker: number): Promise<number[]> {
  const done: number[] = [];
  for (;;) {
    const { value: jobs } = await engine.write(async (tx) => {
      const claimed = await claimJobsPg(tx, { leaseMs: 60_000, limit: 3 });
      await pause(2);
      return claimed;
    });
    if (!jobs.length) return done;
    for (const job of jobs)
      await engine.write(async (tx) => {
        await tx.run(sql`insert into job_runs (job_id, worker) values (${job.id}, ${worker})`);
        if (!(await completeJobOn(tx, job))) throw new Error(`job ${job.id} was taken over`);
        done.push(job.id);
      });
  }
}

describe("the PostgreSQL job claim (for update skip locked)", () => {
  it("two concurrent workers do every job exactly once, and none twice", async () => {
    await enqueue(120);
    const [a, b] = await Promise.all([work(workers[0]!, 0), work(workers[1]!, 1)]);
    // Both took part: the claim did not serialise them into one worker doing everything.
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const { rows: runs } = await t.pool.query<{ job_id: number; n: number }>(
      "select job_id, count(*)::int as n from job_runs group by job_id",
    );
    expect(runs).toHaveLength(120);
    expect(runs.every((r) => r.n === 1)).toBe(true);
    const { rows: jobs } = await t.pool.query<{ status: string; attempts: number; n: number }>(
      "select status, attempts, count(*)::int as n from jobs group by status, attempts",
    );
    expect(jobs).toEqual([{ status: "done", attempts: 1, n: 120 }]);
  });

  it("claims in SQLite's order with the SQLite queue's Job shape", async () => {
    await enqueue(4);
    const { value: claimed } = await workers[0]!.write((tx) =>
      claimJobsPg(tx, { leaseMs: 1_000, limit: 3 }),
    );
    // The same jobs claimed on SQLite by db/jobs/queue.ts: the same fields, in the same order.
    const lite = createTestDb();
    try {
      const now = Date.now();
      for (let i = 0; i < 4; i++)
        lite.db.run(
          sql`insert into jobs (kind, key, payload_json, run_after) values ('test.work', ${`item:${i}`}, ${JSON.stringify({ i })}, ${now})`,
        );
      const sqliteJobs = claimJobs(lite.db, { leaseMs: 1_000, limit: 3 });
      const shape = (j: Job) => ({
        keys: Object.keys(j).sort(),
        key: j.key,
        payloadJson: j.payloadJson,
        status: j.status,
        attempts: j.attempts,
        lockedUntil: typeof j.lockedUntil,
      });
      expect(claimed.map(shape)).toEqual(sqliteJobs.map(shape));
    } finally {
      lite.close();
    }
  });

  it("takes back a job whose worker's lease ran out, one per key", async () => {
    await enqueue(1);
    const { value: first } = await workers[0]!.write((tx) =>
      claimJobsPg(tx, { leaseMs: 1_000, limit: 5 }),
    );
    expect(first).toHaveLength(1);
    // The worker died; later than its lease, another worker takes the job again.
    const later = Date.now() + 5_000;
    const { value: again } = await workers[1]!.write((tx) =>
      claimJobsPg(tx, { leaseMs: 1_000, limit: 5, now: later }),
    );
    expect(again.map((j) => [j.id, j.attempts])).toEqual([[first[0]!.id, 2]]);
    // The first run's completion is refused: it no longer holds the job.
    const { value: stale } = await workers[0]!.write((tx) => completeJobOn(tx, first[0]!));
    expect(stale).toBe(false);
  });

  it("is needed: SQLite's claim statement, run by two PostgreSQL workers at once, takes a job twice", async () => {
    await enqueue(3);
    // db/jobs/queue.ts's claim, in PostgreSQL's parameters.
    const sqliteClaim = `
      update jobs set status = 'running', attempts = attempts + 1, locked_until = $1
      where id in (select id from jobs where status = 'pending' and run_after <= $2
                   order by run_after, id limit $3)
      returning id`;
    const first = new pg.Client({ connectionString: t.url });
    const second = new pg.Client({ connectionString: t.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const now = Date.now();
      await first.query("begin");
      const a = await first.query<{ id: number }>(sqliteClaim, [now + 60_000, now, 3]);
      // The second worker's claim picks the same pending rows and waits for their locks…
      const waiting = second.query<{ id: number }>(sqliteClaim, [now + 60_000, now, 3]);
      await waitUntilBlocked(t.pool);
      await first.query("commit");
      // …then, once they are free, takes them again.
      const b = await waiting;
      expect(a.rows.length).toBe(3);
      expect(b.rows.map((r) => r.id).sort()).toEqual(a.rows.map((r) => r.id).sort());
      const { rows } = await t.pool.query<{ attempts: number }>("select attempts from jobs");
      expect(rows.every((r) => r.attempts === 2)).toBe(true);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it("with skip locked the same race hands the second worker other jobs at once, without waiting", async () => {
    await enqueue(6);
    const first = new pg.Client({ connectionString: t.url });
    await first.connect();
    try {
      await first.query("begin");
      const holder = pgRunner(drizzle(first));
      const a = await claimJobsPg(holder, { leaseMs: 60_000, limit: 3 });
      // The first claim is still open: its three rows are locked.
      const { value: b } = await workers[1]!.write((tx) =>
        claimJobsPg(tx, { leaseMs: 60_000, limit: 3 }),
      );
      await first.query("commit");
      expect(a).toHaveLength(3);
      expect(b).toHaveLength(3);
      expect(b.filter((j) => a.some((x) => x.id === j.id))).toEqual([]);
    } finally {
      await first.end();
    }
  });
});

/** Resolves once some statement on the database waits for a row lock. */
async function waitUntilBlocked(pool: pg.Pool): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await pool.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if (rows[0]!.n > 0) return;
    await pause(25);
  }
  throw new Error("the second claim never waited for a lock");
}
