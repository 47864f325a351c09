/** Runs once when the Next.js server starts: begins background feed reading (Node runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startFeedScheduler } = await import("./db/services/feed-scheduler");
  startFeedScheduler();
}
