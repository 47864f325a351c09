/** Next calls this once when the server starts: the background worker runs in the server process
 * (unless TALLY_WORKER=0), so imports return at once and their suggestions follow; feeds are read on
 * their schedule. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load the server code; no worker (and no database) while building.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerWorker } = await import("./db/jobs/server-worker");
  startServerWorker();
  const { startFeedScheduler } = await import("./db/services/feed-scheduler");
  startFeedScheduler();
}
