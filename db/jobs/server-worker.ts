import { getDb } from "../index";
import { env } from "@/lib/env";
import { startWorker, type WorkerHandle } from "./worker";

const holder = globalThis as unknown as { tallyWorker?: WorkerHandle };

/** Starts the in-process worker once per server (dev reloads keep the one running). */
export function startServerWorker(): void {
  const { TALLY_WORKER, TALLY_JOB_LEASE_MS } = env();
  if (TALLY_WORKER === "0" || holder.tallyWorker) return;
  holder.tallyWorker = startWorker(getDb, { leaseMs: TALLY_JOB_LEASE_MS });
}

/** A job was queued by this process: look at once rather than at the next poll. */
export function nudgeServerWorker(): void {
  holder.tallyWorker?.nudge();
}
