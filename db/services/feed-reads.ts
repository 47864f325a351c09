import { backgroundTransaction } from "../background-transaction";
import type { Db } from "@/db";
import {
  getFeedById,
  insertFeedItem,
  listDueFeedIds,
  seenItemKeys,
  updateFeed,
} from "@/db/queries/feeds";
import { parseAllowList } from "@/lib/fetch/address-policy";
import { fetchPage, FetchPageError, type FetchLimits } from "@/lib/fetch/fetch-page";
import { pageFetchLimits } from "@/lib/fetch/limits";
import { env } from "@/lib/env";
import { FeedError, parseFeed } from "@/lib/feeds/parse-feed";
import type { ImportOutcome } from "./import-article";
import { fetchAndReadPage, storeFetchedPage, type FetchedRead } from "./url-imports";

/** Reading feeds: each due feed fetched, its new items fetched, read off the event loop and imported.
 * (Adding, changing and removing feeds is feeds.ts.) */

/** A feed is a small file: more than this is not a feed worth reading. */
export function feedFetchLimits(): FetchLimits {
  return {
    timeoutMs: 15_000,
    maxBytes: 10 * 1048576,
    maxRedirects: 5,
    allow: parseAllowList(env().TALLY_FETCH_ALLOW),
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8",
  };
}

export interface FeedReadSummary {
  feedId: number;
  imported: number;
  duplicates: number;
  failed: number;
  error: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Pages of a feed fetched and read at once (the network and the reader threads work in parallel),
 * and then stored in one transaction: one commit to disk for these many articles, not one each. */
const BATCH = 16;

type FeedItem = ReturnType<typeof parseFeed>["items"][number];

/** Reads one feed: new items are fetched and read several at a time off the event loop, then stored a
 * batch per transaction, each article with its own audit event and follow-up jobs (a dead link or a bad
 * page is noted on its item and never stops the others); then the feed records when it was read, when it
 * is next due, how many items it has imported, and its error in words (null after a clean read). */
export async function readFeed(
  db: Db,
  {
    feedId,
    now = Date.now(),
    feedLimits = feedFetchLimits(),
    pageLimits = pageFetchLimits(),
    batch = BATCH,
  }: {
    feedId: number;
    now?: number;
    feedLimits?: FetchLimits;
    pageLimits?: FetchLimits;
    /** Items fetched at once and stored per transaction (1: one at a time, as a baseline). */
    batch?: number;
  },
): Promise<FeedReadSummary> {
  const summary: FeedReadSummary = { feedId, imported: 0, duplicates: 0, failed: 0, error: null };
  const feed = getFeedById(db, { id: feedId });
  if (!feed) return { ...summary, error: "The feed was removed." };
  let title: string | undefined;
  try {
    const fetched = await fetchPage(feed.url, feedLimits);
    const parsed = parseFeed(fetched.body, fetched.finalUrl);
    title = parsed.title;
    const seen = seenItemKeys(db, { feedId });
    const fresh: FeedItem[] = [];
    for (const item of parsed.items) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      fresh.push(item);
    }
    const itemErrors: string[] = [];
    const chunks: FeedItem[][] = [];
    for (let i = 0; i < fresh.length; i += Math.max(1, batch))
      chunks.push(fresh.slice(i, i + Math.max(1, batch)));
    // The next batch is fetched and read while this one is stored.
    let reading = chunks.length ? readItems(chunks[0]!, pageLimits) : undefined;
    for (let c = 0; c < chunks.length; c++) {
      const reads = await reading!;
      reading = c + 1 < chunks.length ? readItems(chunks[c + 1]!, pageLimits) : undefined;
      // Nobody waits on a feed read: its commit does not wait for the disk (background-transaction.ts).
      backgroundTransaction(db, () => {
        chunks[c]!.forEach((item, i) => {
          const error = storeItem(db, feedId, item, reads[i]!, summary);
          if (error) itemErrors.push(error);
        });
      });
    }
    if (itemErrors.length > 0)
      summary.error = `${plural(itemErrors.length, "item")} could not be imported. First: ${itemErrors[0]}`;
  } catch (error) {
    if (!(error instanceof FetchPageError || error instanceof FeedError)) throw error;
    summary.error = error.message;
  }
  recordRead(db, feedId, now, summary, title);
  return summary;
}

/** Fetches and reads a batch of items at once; an unexpected error fails its item, not the feed. */
function readItems(items: FeedItem[], limits: FetchLimits): Promise<FetchedRead[]> {
  return Promise.all(
    items.map(async (item): Promise<FetchedRead> => {
      if (!item.url) return { ok: false, error: "The item has no link." };
      try {
        return await fetchAndReadPage(item.url, limits);
      } catch (error) {
        return { ok: false, error: `Could not read the page: ${(error as Error).message}` };
      }
    }),
  );
}

/** Stores one item inside the batch's transaction: its page and article (a savepoint of their own, so
 * a failed article rolls back alone), and the item as seen. Returns the item's error, if any. */
function storeItem(
  db: Db,
  feedId: number,
  item: FeedItem,
  read: FetchedRead,
  summary: FeedReadSummary,
): string | undefined {
  if (!item.url) {
    insertFeedItem(db, {
      feedId,
      key: item.key,
      url: null,
      articleId: null,
      error: read.ok ? null : read.error,
    });
    return undefined;
  }
  const outcome: ImportOutcome = read.ok
    ? storeFetchedPage(db, read, { actorId: null, feedId })
    : { status: "failed", error: read.error };
  if (outcome.status === "failed") summary.failed++;
  else if (outcome.status === "duplicate") summary.duplicates++;
  else summary.imported++;
  insertFeedItem(db, {
    feedId,
    key: item.key,
    url: item.url,
    articleId: outcome.status === "failed" ? null : outcome.articleId,
    error: outcome.status === "failed" ? outcome.error : null,
  });
  return outcome.status === "failed" ? `${item.url}: ${outcome.error}` : undefined;
}

function recordRead(
  db: Db,
  feedId: number,
  now: number,
  summary: FeedReadSummary,
  title: string | undefined,
) {
  // Re-read for the current version: an admin may have paused or re-timed the feed during the read.
  for (let attempt = 0; attempt < 3; attempt++) {
    const feed = getFeedById(db, { id: feedId });
    if (!feed) return;
    const done = updateFeed(db, {
      id: feedId,
      version: feed.version,
      values: {
        title: title ?? feed.title,
        lastReadAt: now,
        nextReadAt: now + feed.intervalMinutes * 60_000,
        lastError: summary.error ? summary.error.slice(0, 1000) : null,
        itemsImported: feed.itemsImported + summary.imported,
      },
    });
    if (done) return;
  }
}

/** Reads every due feed, one after another; one feed's failure is recorded on it and never stops the rest. */
export async function readDueFeeds(
  db: Db,
  options: {
    now?: number;
    feedLimits?: FetchLimits;
    pageLimits?: FetchLimits;
    batch?: number;
  } = {},
): Promise<FeedReadSummary[]> {
  const now = options.now ?? Date.now();
  const results: FeedReadSummary[] = [];
  for (const feedId of listDueFeedIds(db, { now })) {
    try {
      results.push(await readFeed(db, { ...options, feedId, now }));
    } catch (error) {
      const message = `Could not read the feed: ${(error as Error).message}`;
      recordRead(
        db,
        feedId,
        now,
        { feedId, imported: 0, duplicates: 0, failed: 0, error: message },
        undefined,
      );
      results.push({ feedId, imported: 0, duplicates: 0, failed: 0, error: message });
    }
  }
  return results;
}
