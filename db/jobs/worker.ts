import type { Db } from "../index";
import type { Job } from "../schema";
import { claimNextJob, completeJob, failJob, pruneFinishedJobs } from "./queue";
import { JOB_HANDLERS } from "./follow-ups";
import { writeTransaction } from "../write-transaction";

export const DEFAULT_LEASE_MS = 60_000;
const IDLE_POLL_MS = 500;
const KEEP_FINISHED_MS = 24 * 3_600_000;

class LeaseLost extends Error {}

/** Runs one due job, if any. The job's writes and its "done" commit together (one IMMEDIATE
 * transaction), so a worker killed mid-job leaves nothing half-done: the lease runs out and the job
 * runs again from scratch. Returns the job it ran (or tried), undefined when none was due. */
export function runNextJob(
  db: Db,
  { leaseMs = DEFAULT_LEASE_MS, kind }: { leaseMs?: number; kind?: string } = {},
): Job | undefined {
  const job = claimNextJob(db, { leaseMs, kind });
  if (!job) return undefined;
  const handler = JOB_HANDLERS[job.kind];
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
    const payload: unknown = JSON.parse(job.payloadJson);
    writeTransaction(db, () => {
      handler(db, payload);
      if (!completeJob(db, job)) throw new LeaseLost();
    });
  } catch (error) {
    // Another worker took the job over after this one's lease ran out: its run counts, not ours.
    if (error instanceof LeaseLost) return job;
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `Job ${job.id} (${job.kind} ${job.key}) failed, attempt ${job.attempts}:`,
      message,
    );
    failJob(db, job, message);
  }
  return job;
}

/** Runs due jobs until none is left (scripts, the seed, benchmarks, tests). Returns how many ran. */
export function drainJobs(db: Db, options: { leaseMs?: number; kind?: string } = {}): number {
  let ran = 0;
  while (runNextJob(db, options)) ran++;
  return ran;
}

export interface WorkerHandle {
  /** Look for work now (a job was just queued in this process). */
  nudge: () => void;
  stop: () => void;
}

/** The worker loop: one job at a time, yielding to the event loop between jobs so requests are served in
 * between, and polling every half second when idle (jobs queued by another process are found too). */
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
      busy = runNextJob(db, { leaseMs }) !== undefined;
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
