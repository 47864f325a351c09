import type { Db } from "../index";
import type { Job } from "../schema";
import { claimJobs, completeJob, failJob, pruneFinishedJobs, releaseJobs } from "./queue";
import { JOB_HANDLERS, newJobBatch, type JobBatch } from "./follow-ups";
import { writeTransaction } from "../write-transaction";
import { backgroundTransaction } from "../background-transaction";

export const DEFAULT_LEASE_MS = 60_000;
const IDLE_POLL_MS = 500;
const KEEP_FINISHED_MS = 24 * 3_600_000;

/** Jobs taken at once and run in one transaction: one commit to disk for the batch, not one per job. */
export const JOB_BATCH = 32;
/** A batch takes no further job after this long, so the server's event loop and the write lock are
 * never held for long; the jobs it did not start go back to the queue as they were. Each batch costs two
 * commits to disk (its claim, its results): at 50 ms a batch under load held one job, and the fsyncs
 * cost as much as the work. */
const BATCH_BUDGET_MS = 100;

/** How long a job has taken lately (ms, a moving average): a batch claims about as many jobs as its
 * budget fits, rather than JOB_BATCH to give most of them back. */
let msPerJob = 10;

class LeaseLost extends Error {}

/** Runs one due job, if any, in a transaction of its own. Returns the job it ran (or tried), undefined
 * when none was due. */
export function runNextJob(
  db: Db,
  options: { leaseMs?: number; kind?: string } = {},
): Job | undefined {
  return runJobs(db, { ...options, limit: 1 })[0];
}

/** Runs a batch of due jobs in one IMMEDIATE transaction, each in a savepoint of its own: a job's
 * writes and its "done" commit together, a failing job rolls back alone (and is retried later) while
 * the others go on, and a worker killed mid-batch leaves nothing half-done (the claim rolls back with the
 * work, and the jobs run again from scratch). Returns the jobs it ran (or tried). */
export function runJobs(
  db: Db,
  {
    leaseMs = DEFAULT_LEASE_MS,
    kind,
    limit = JOB_BATCH,
    budgetMs = BATCH_BUDGET_MS,
  }: { leaseMs?: number; kind?: string; limit?: number; budgetMs?: number } = {},
): Job[] {
  const fits = Math.max(1, Math.ceil(budgetMs / msPerJob));
  const started = performance.now();
  const ran: Job[] = [];
  const batch = newJobBatch();
  // The jobs are claimed in the batch's own transaction: one commit to disk (one fsync, ~4 ms) for the
  // claim and the results together, not two. Nothing is lost by it: a worker killed mid-batch rolls the
  // claim back with the work, and the jobs are pending again at once instead of when their lease ends.
  // Nobody waits on the commit, so it does not wait for the disk either (background-transaction.ts).
  backgroundTransaction(db, () => {
    const jobs = claimJobs(db, { leaseMs, kind, limit: Math.min(limit, fits) });
    for (const job of jobs) {
      if (ran.length > 0 && performance.now() - started > budgetMs) {
        releaseJobs(db, jobs.slice(ran.length));
        break;
      }
      runClaimedJob(db, job, batch);
      ran.push(job);
    }
  });
  if (!ran.length) return ran;
  msPerJob = 0.7 * msPerJob + (0.3 * (performance.now() - started)) / ran.length;
  return ran;
}

function runClaimedJob(db: Db, job: Job, batch: JobBatch): void {
  const handler = JOB_HANDLERS[job.kind];
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
    const payload: unknown = JSON.parse(job.payloadJson);
    // Inside the batch's transaction this is a savepoint: on an error only this job's writes roll back.
    writeTransaction(db, () => {
      handler(db, payload, batch);
      if (!completeJob(db, job)) throw new LeaseLost();
    });
  } catch (error) {
    // Another worker took the job over after this one's lease ran out: its run counts, not ours.
    if (error instanceof LeaseLost) return;
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `Job ${job.id} (${job.kind} ${job.key}) failed, attempt ${job.attempts}:`,
      message,
    );
    failJob(db, job, message);
  }
}

/** Runs due jobs until none is left (scripts, the seed, benchmarks, tests). Returns how many ran. */
export function drainJobs(
  db: Db,
  options: { leaseMs?: number; kind?: string; limit?: number } = {},
): number {
  let ran = 0;
  for (let n = runJobs(db, options).length; n > 0; n = runJobs(db, options).length) ran += n;
  return ran;
}

export interface WorkerHandle {
  /** Look for work now (a job was just queued in this process). */
  nudge: () => void;
  stop: () => void;
}

/** The worker loop: a short batch of jobs at a time, yielding to the event loop between batches so
 * requests are served in between, and polling every half second when idle (jobs queued by another
 * process are found too). */
export function startWorker(
  getDb: () => Db,
  { leaseMs = DEFAULT_LEASE_MS, log = console.log } = {},
): WorkerHandle {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastPrune = 0;
  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    let busy = false;
    try {
      const db = getDb();
      busy = runJobs(db, { leaseMs }).length > 0;
      if (!busy && Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        const pruned = pruneFinishedJobs(db, { olderThanMs: KEEP_FINISHED_MS });
        if (pruned) log(`Worker: removed ${pruned} finished jobs older than a day.`);
      }
    } catch (error) {
      // The database is busy or not there yet: try again shortly rather than stop for good.
      console.error("Worker:", error instanceof Error ? error.message : error);
    }
    schedule(busy ? 0 : IDLE_POLL_MS);
  };
  schedule(0);
  return {
    nudge: () => schedule(0),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
