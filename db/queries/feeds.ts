import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { feedItems, feeds } from "../schema";
import type { DbOrTx } from "./audit";
import { preparedStatement } from "./prepared";

export function listFeeds(db: DbOrTx) {
  return db
    .select({
      id: feeds.id,
      url: feeds.url,
      title: feeds.title,
      intervalMinutes: feeds.intervalMinutes,
      paused: feeds.paused,
      nextReadAt: feeds.nextReadAt,
      lastReadAt: feeds.lastReadAt,
      lastError: feeds.lastError,
      itemsImported: feeds.itemsImported,
      version: feeds.version,
    })
    .from(feeds)
    .orderBy(asc(feeds.id))
    .all();
}
export type FeedRow = ReturnType<typeof listFeeds>[number];

export function getFeedById(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(feeds).where(eq(feeds.id, id)).get();
}

export function getFeedByUrl(db: DbOrTx, { url }: { url: string }) {
  return db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, url)).get();
}

/** Feeds not paused whose next read is due (or never scheduled), oldest due first. */
export function listDueFeedIds(db: DbOrTx, { now }: { now: number }): number[] {
  return db
    .select({ id: feeds.id })
    .from(feeds)
    .where(and(eq(feeds.paused, false), or(isNull(feeds.nextReadAt), lte(feeds.nextReadAt, now))))
    .orderBy(sql`coalesce(${feeds.nextReadAt}, 0)`, asc(feeds.id))
    .all()
    .map((r) => r.id);
}

export function insertFeed(
  db: DbOrTx,
  values: { url: string; intervalMinutes: number; createdBy: number | null },
) {
  return db.insert(feeds).values(values).returning().get();
}

/** A change made with the version the caller read: false when someone changed the feed first. */
export function updateFeed(
  db: DbOrTx,
  {
    id,
    version,
    values,
  }: {
    id: number;
    version: number;
    values: Partial<{
      title: string | null;
      intervalMinutes: number;
      paused: boolean;
      nextReadAt: number | null;
      lastReadAt: number;
      lastError: string | null;
      itemsImported: number;
    }>;
  },
): boolean {
  const result = db
    .update(feeds)
    .set({ ...values, version: version + 1 })
    .where(and(eq(feeds.id, id), eq(feeds.version, version)))
    .run();
  return result.changes === 1;
}

export function deleteFeed(db: DbOrTx, { id }: { id: number }) {
  db.delete(feeds).where(eq(feeds.id, id)).run();
}

export function seenItemKeys(db: DbOrTx, { feedId }: { feedId: number }): Set<string> {
  return new Set(
    db
      .select({ key: feedItems.key })
      .from(feedItems)
      .where(eq(feedItems.feedId, feedId))
      .all()
      .map((r) => r.key),
  );
}

export function insertFeedItem(
  db: DbOrTx,
  values: {
    feedId: number;
    key: string;
    url: string | null;
    articleId: number | null;
    error: string | null;
  },
) {
  // One per feed item read: compiled once per connection.
  insertItemStatement(db).run(values);
}

const insertItemStatement = preparedStatement(
  `INSERT INTO feed_items (feed_id, key, url, article_id, error)
    VALUES (:feedId, :key, :url, :articleId, :error) ON CONFLICT DO NOTHING`,
);
