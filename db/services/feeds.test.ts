import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { articles, users } from "@/db/schema";
import { listFeeds } from "@/db/queries/feeds";
import { parseAllowList } from "@/lib/fetch/address-policy";
import type { FetchLimits } from "@/lib/fetch/fetch-page";
import { startNewsServer, type NewsServer } from "@/tests/fixtures/news-server";
import { DomainError } from "@/lib/domain-error";
import type { Actor } from "./actor";
import { addFeed, changeFeed, removeFeed } from "./feeds";
import { readDueFeeds } from "./feed-reads";

let site: NewsServer;

let db: Db;
let close: () => void;
let admin: Actor;

const allow = parseAllowList("127.0.0.1");
const pageLimits: FetchLimits = { timeoutMs: 3000, maxBytes: 5 * 1048576, maxRedirects: 5, allow };
const feedLimits: FetchLimits = { timeoutMs: 1500, maxBytes: 2 * 1048576, maxRedirects: 3, allow };

beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());
beforeEach(() => {
  ({ db, close } = createTestDb());
  const row = db
    .insert(users)
    .values({ email: "a@x.test", name: "A", role: "admin", passwordHash: "x" })
    .returning()
    .get();
  admin = { id: row.id, role: row.role };
});
afterEach(() => {
  close();
});

const add = (p: string) => addFeed(db, admin, { url: site.url(p), intervalMinutes: 30 }).id;
const feedByUrl = (p: string) => listFeeds(db).find((f) => f.url === site.url(p))!;

describe("feeds", { timeout: 60_000 }, () => {
  it("reads every due feed; broken ones show their error and never stop the others", async () => {
    const good = ["/feeds/port-news.rss?n=3", "/feeds/quay-atom.atom?n=2", "/feeds/moved.rss?n=2"];
    const bad = {
      "/feeds/malformed.xml": /not well-formed XML \(line \d+/,
      "/feeds/empty.rss": null,
      "/feeds/not-a-feed.xml": /not an RSS or Atom feed/,
      "/feeds/huge.rss": /larger than 2 MB/,
      "/feeds/slow.rss": /did not arrive within 1\.5 seconds/,
      "/feeds/loop.rss": /redirects in a loop/,
      "/feeds/dead-links.rss":
        /2 items could not be imported\. First: .*\/gone: The site answered 404/,
    };
    for (const p of [...Object.keys(bad), ...good]) add(p);
    const now = Date.now();
    const results = await readDueFeeds(db, { now, feedLimits, pageLimits });
    expect(results).toHaveLength(10);

    expect(feedByUrl("/feeds/port-news.rss?n=3")).toMatchObject({
      itemsImported: 3,
      lastError: null,
      title: "Feed port-news",
    });
    expect(feedByUrl("/feeds/quay-atom.atom?n=2")).toMatchObject({
      itemsImported: 2,
      lastError: null,
    });
    expect(feedByUrl("/feeds/moved.rss?n=2")).toMatchObject({ itemsImported: 2, lastError: null });
    expect(feedByUrl("/feeds/dead-links.rss").itemsImported).toBe(2);
    for (const [p, error] of Object.entries(bad)) {
      const feed = feedByUrl(p);
      expect(feed.lastReadAt).toBe(now);
      expect(feed.nextReadAt).toBe(now + 30 * 60_000);
      if (error) expect(feed.lastError, p).toMatch(error);
      else expect(feed.lastError, p).toBeNull();
    }
    expect(db.select().from(articles).all()).toHaveLength(3 + 2 + 2 + 2);

    // Not due again until the interval has passed; then nothing already seen is imported twice.
    expect(await readDueFeeds(db, { now: now + 60_000, feedLimits, pageLimits })).toHaveLength(0);
    await readDueFeeds(db, { now: now + 31 * 60_000, feedLimits, pageLimits });
    expect(db.select().from(articles).all()).toHaveLength(9);
  });

  it("a growing feed imports only its new items; a paused feed is not read; a removed one is gone", async () => {
    const id = add("/feeds/growing-wharf.rss");
    await readDueFeeds(db, { now: 1, feedLimits, pageLimits });
    await readDueFeeds(db, { now: 1 + 31 * 60_000, feedLimits, pageLimits });
    expect(feedByUrl("/feeds/growing-wharf.rss").itemsImported).toBe(2);
    const feed = feedByUrl("/feeds/growing-wharf.rss");
    expect(changeFeed(db, admin, { id, version: feed.version, paused: true })).toBeNull();
    expect(() => changeFeed(db, admin, { id, version: feed.version, paused: false })).toThrow(
      expect.objectContaining({ status: 409 }),
    );
    expect(await readDueFeeds(db, { now: 1e13, feedLimits, pageLimits })).toHaveLength(0);
    expect(removeFeed(db, admin, { id })).toBeNull();
    expect(() => removeFeed(db, admin, { id })).toThrow("That feed was already removed.");
    expect(listFeeds(db)).toHaveLength(0);
    expect(db.select().from(articles).all()).toHaveLength(2);
  });

  it("refuses the same feed twice", () => {
    add("/feeds/a.rss");
    expect(() =>
      addFeed(db, admin, { url: site.url("/feeds/a.rss"), intervalMinutes: 60 }),
    ).toThrow(new DomainError(409, "That feed is already on the list."));
  });
});
