import { closeDb, getDb } from "@/db";
import { startWorker } from "@/db/jobs/worker";
import { countJobsByStatus } from "@/db/jobs/queue";
import { env } from "@/lib/env";

/** `npm run worker`: runs the background jobs (suggestions, flags) in a process of its own, beside
 * `npm start` with TALLY_WORKER=0 or beside it as a second worker (jobs are claimed atomically). */
const { DATABASE_FILE, TALLY_JOB_LEASE_MS } = env();
const counts = countJobsByStatus(getDb());
console.log(
  `Worker: database ${DATABASE_FILE}, ${counts.pending} pending, ${counts.running} running (lease ${TALLY_JOB_LEASE_MS} ms)`,
);
const worker = startWorker(getDb, { leaseMs: TALLY_JOB_LEASE_MS });
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    worker.stop();
    closeDb();
    process.exit(0);
  });
