import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import {
  claimNextJob,
  completeJob,
  countJobsByStatus,
  enqueueJob,
  failJob,
  MAX_ATTEMPTS,
} from "./queue";
import { drainJobs, runJobs, runNextJob } from "./worker";
import { JOB_HANDLERS } from "./follow-ups";

let db: Db;
let close: () => void;
beforeEach(() => {
  ({ db, close } = createTestDb());
});
afterEach(() => {
  vi.useRealTimers();
  close();
});

const job = (key = "article:1:suggestions") => ({
  kind: "article.suggestions",
  key,
  payload: { articleId: 1 },
});
const rows = () =>
  db.all<{ id: number; status: string; attempts: number; key: string; last_error: string | null }>(
    sql`select id, status, attempts, key, last_error from jobs order by id`,
  );

describe("the job queue", () => {
  it("keeps one pending job per key, and queues another behind a running one", () => {
    db.transaction((tx) => {
      enqueueJob(tx, job());
      enqueueJob(tx, job());
      enqueueJob(tx, job("article:2:suggestions"));
    });
    expect(rows().map((r) => r.key)).toEqual(["article:1:suggestions", "article:2:suggestions"]);
    const running = claimNextJob(db, { leaseMs: 60_000 })!;
    expect(running.key).toBe("article:1:suggestions");
    enqueueJob(db, job());
    expect(countJobsByStatus(db)).toMatchObject({ pending: 2, running: 1 });
  });

  it("a job queued in a transaction that rolls back never exists", () => {
    expect(() =>
      db.transaction((tx) => {
        enqueueJob(tx, job());
        throw new Error("the write failed");
      }),
    ).toThrow("the write failed");
    expect(rows()).toEqual([]);
  });

  it("gives a job to one claimer only, and takes it back when the lease runs out", () => {
    enqueueJob(db, job());
    const first = claimNextJob(db, { leaseMs: 1_000 })!;
    expect(claimNextJob(db, { leaseMs: 1_000 })).toBeUndefined();
    vi.useFakeTimers({ now: Date.now() + 5_000, toFake: ["Date"] });
    const again = claimNextJob(db, { leaseMs: 1_000 })!;
    expect(again.id).toBe(first.id);
    expect(again.attempts).toBe(2);
    // The first worker's late "done" is refused: the second run owns the job now.
    expect(completeJob(db, first)).toBe(false);
    expect(completeJob(db, again)).toBe(true);
    expect(rows()[0]).toMatchObject({ status: "done", attempts: 2 });
  });

  it("retries a failing job with a growing delay, then marks it failed", () => {
    enqueueJob(db, job());
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      vi.useFakeTimers({ now, toFake: ["Date"] });
      const running = claimNextJob(db, { leaseMs: 60_000 });
      expect(running?.attempts).toBe(attempt);
      failJob(db, running!, `boom ${attempt}`);
      // Not due again at once.
      expect(claimNextJob(db, { leaseMs: 60_000 })).toBeUndefined();
      now += 10 * 60_000;
    }
    expect(rows()[0]).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      last_error: "boom 5",
    });
  });

  it("rolls back a job's writes when it fails, and records the error", () => {
    const original = JOB_HANDLERS["article.flags"]!;
    JOB_HANDLERS["article.flags"] = (inner) => {
      inner.run(sql`insert into settings (key, value) values ('half', 'done')`);
      throw new Error("failed half way");
    };
    try {
      enqueueJob(db, { kind: "article.flags", key: "k", payload: { articleId: 1 } });
      const ran = runNextJob(db)!;
      expect(ran.attempts).toBe(1);
      expect(db.all(sql`select * from settings where key = 'half'`)).toEqual([]);
      expect(rows()[0]).toMatchObject({ status: "pending", last_error: "failed half way" });
    } finally {
      JOB_HANDLERS["article.flags"] = original;
    }
  });

  it("runs a job for an article that no longer exists without error (idempotent)", () => {
    enqueueJob(db, job());
    expect(drainJobs(db)).toBe(1);
    expect(rows()[0]).toMatchObject({ status: "done" });
  });

  it("runs a batch in one transaction where a failing job rolls back alone", () => {
    const original = JOB_HANDLERS["article.flags"]!;
    JOB_HANDLERS["article.flags"] = (inner, payload) => {
      const { articleId } = payload as { articleId: number };
      inner.run(sql`insert into settings (key, value) values (${`ran-${articleId}`}, 'yes')`);
      if (articleId === 2) throw new Error("job 2 failed");
    };
    try {
      for (const id of [1, 2, 3])
        enqueueJob(db, { kind: "article.flags", key: `k${id}`, payload: { articleId: id } });
      expect(runJobs(db).map((j) => j.key)).toEqual(["k1", "k2", "k3"]);
      expect(db.all<{ key: string }>(sql`select key from settings order by key`)).toEqual([
        { key: "ran-1" },
        { key: "ran-3" },
      ]);
      expect(rows().map((r) => [r.key, r.status, r.last_error])).toEqual([
        ["k1", "done", null],
        ["k2", "pending", "job 2 failed"],
        ["k3", "done", null],
      ]);
    } finally {
      JOB_HANDLERS["article.flags"] = original;
    }
  });

  it("gives back the jobs a batch had no time to start, their attempt not counted", () => {
    const original = JOB_HANDLERS["article.flags"]!;
    JOB_HANDLERS["article.flags"] = () => {
      const until = performance.now() + 20;
      while (performance.now() < until);
    };
    try {
      for (const id of [1, 2, 3])
        enqueueJob(db, { kind: "article.flags", key: `k${id}`, payload: { articleId: id } });
      expect(runJobs(db, { budgetMs: 10 }).map((j) => j.key)).toEqual(["k1"]);
      expect(rows().map((r) => [r.key, r.status, r.attempts])).toEqual([
        ["k1", "done", 1],
        ["k2", "pending", 0],
        ["k3", "pending", 0],
      ]);
      expect(drainJobs(db)).toBe(2);
    } finally {
      JOB_HANDLERS["article.flags"] = original;
    }
  });
});
