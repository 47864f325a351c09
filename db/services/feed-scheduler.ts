import { getDb } from "@/db";
import { env } from "@/lib/env";
import { readDueFeeds } from "./feed-reads";

const holder = globalThis as unknown as {
  tallyFeedTimer?: NodeJS.Timeout;
  tallyFeedBusy?: boolean;
};

/** One tick: reads every due feed unless the previous tick is still reading. */
export async function feedTick(): Promise<void> {
  if (holder.tallyFeedBusy) return;
  holder.tallyFeedBusy = true;
  try {
    const results = await readDueFeeds(getDb());
    for (const r of results)
      if (r.imported > 0 || r.error)
        console.log(`feed #${r.feedId}: ${r.imported} imported${r.error ? `; ${r.error}` : ""}`);
  } catch (error) {
    console.error(`Feed reading failed: ${(error as Error).message}`);
  } finally {
    holder.tallyFeedBusy = false;
  }
}

/**
 * Starts reading feeds in the background of this server process, every TALLY_FEED_TICK_SECONDS.
 *
 * SWAP POINT: this in-process timer stands in for the durable job queue and worker (issue #16).
 * When the queue lands, replace the body of this function with the registration of a recurring
 * job whose handler is `readDueFeeds(db)` (or one job per feed calling `readFeed(db, {feedId})`);
 * nothing else changes: the feeds page, the services and the tests call those two functions.
 */
export function startFeedScheduler(): void {
  const seconds = env().TALLY_FEED_TICK_SECONDS;
  if (seconds === 0 || holder.tallyFeedTimer) return;
  holder.tallyFeedTimer = setInterval(() => void feedTick(), seconds * 1000);
  holder.tallyFeedTimer.unref();
}
