import { writeTransaction } from "../write-transaction";
import type { Db } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import {
  deleteFeed,
  getFeedById,
  getFeedByUrl,
  insertFeed,
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
import { conflict, notFound } from "@/lib/domain-error";
import type { Actor } from "./actor";
import { importByUrl } from "./url-imports";

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

export function addFeed(
  db: Db,
  actor: Actor,
  { url, intervalMinutes }: { url: string; intervalMinutes: number },
): { id: number } {
  return writeTransaction(db, (tx) => {
    if (getFeedByUrl(tx, { url })) throw conflict("That feed is already on the list.");
    const feed = insertFeed(tx, { url, intervalMinutes, createdBy: actor.id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: feed.id,
      action: "feed.added",
      after: { url, intervalMinutes },
    });
    return { id: feed.id };
  });
}

/** Pauses, resumes or re-times a feed, with the version the admin saw. Resuming or a new interval
 * reads the feed at the next tick. */
export function changeFeed(
  db: Db,
  actor: Actor,
  {
    id,
    version,
    paused,
    intervalMinutes,
  }: { id: number; version: number; paused?: boolean; intervalMinutes?: number },
): null {
  return writeTransaction(db, (tx) => {
    const feed = getFeedById(tx, { id });
    if (!feed) throw notFound("That feed was removed.");
    const values = {
      ...(paused === undefined ? {} : { paused }),
      ...(intervalMinutes === undefined ? {} : { intervalMinutes }),
      ...(paused === false || intervalMinutes !== undefined ? { nextReadAt: null } : {}),
    };
    if (!updateFeed(tx, { id, version, values }))
      throw conflict("Someone changed this feed meanwhile; the list now shows their change.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: id,
      action: "feed.changed",
      before: { paused: feed.paused, intervalMinutes: feed.intervalMinutes },
      after: {
        paused: paused ?? feed.paused,
        intervalMinutes: intervalMinutes ?? feed.intervalMinutes,
      },
    });
    return null;
  });
}

/** Removes a feed and its list of seen items; the articles it imported stay. */
export function removeFeed(db: Db, actor: Actor, { id }: { id: number }): null {
  return writeTransaction(db, (tx) => {
    const feed = getFeedById(tx, { id });
    if (!feed) throw notFound("That feed was already removed.");
    deleteFeed(tx, { id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "feed",
      entityId: id,
      action: "feed.removed",
      before: { url: feed.url },
    });
    return null;
  });
}

export interface FeedReadSummary {
  feedId: number;
  imported: number;
  duplicates: number;
  failed: number;
  error: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Reads one feed: new items are fetched and imported one by one (a dead link or a bad page is
 * noted on its item and never stops the others), then the feed records when it was read, when it
 * is next due, how many items it has imported, and its error in words (null after a clean read). */
export async function readFeed(
  db: Db,
  {
    feedId,
    now = Date.now(),
    feedLimits = feedFetchLimits(),
    pageLimits = pageFetchLimits(),
  }: { feedId: number; now?: number; feedLimits?: FetchLimits; pageLimits?: FetchLimits },
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
    const itemErrors: string[] = [];
    for (const item of parsed.items) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      if (!item.url) {
        insertFeedItem(db, {
          feedId,
          key: item.key,
          url: null,
          articleId: null,
          error: "The item has no link.",
        });
        continue;
      }
      const outcome = await importByUrl(db, {
        actorId: null,
        url: item.url,
        feedId,
        limits: pageLimits,
      });
      if (outcome.status === "failed") {
        summary.failed++;
        itemErrors.push(`${item.url}: ${outcome.error}`);
      } else if (outcome.status === "duplicate") summary.duplicates++;
      else summary.imported++;
      insertFeedItem(db, {
        feedId,
        key: item.key,
        url: item.url,
        articleId: outcome.status === "failed" ? null : outcome.articleId,
        error: outcome.status === "failed" ? outcome.error : null,
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
  options: { now?: number; feedLimits?: FetchLimits; pageLimits?: FetchLimits } = {},
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
