import { describe, expect, it } from "vitest";
import { FeedError, parseFeed } from "./parse-feed";

describe("parseFeed", () => {
  it("reads RSS 2.0 items with guid, link and date", () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Port &amp; Harbour</title>
       <item><title>One</title><link>https://news.example/1</link><guid isPermaLink="false">id-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
       <item><title>Two</title><link>/2</link></item></channel></rss>`,
      "https://news.example/feed",
    );
    expect(feed).toEqual({
      kind: "rss",
      title: "Port & Harbour",
      items: [
        { key: "id-1", url: "https://news.example/1", title: "One", publishedAt: "2024-03-05" },
        {
          key: "https://news.example/2",
          url: "https://news.example/2",
          title: "Two",
          publishedAt: undefined,
        },
      ],
    });
  });

  it("reads Atom entries, taking the alternate link", () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
       <entry><id>tag:a,1</id><title>E</title><link rel="self" href="https://a.example/self"/><link rel="alternate" href="https://a.example/e"/><updated>2024-01-02T00:00:00Z</updated></entry></feed>`,
    );
    expect(feed.items).toEqual([
      { key: "tag:a,1", url: "https://a.example/e", title: "E", publishedAt: "2024-01-02" },
    ]);
  });

  it("refuses what is not a feed, with the reason", () => {
    expect(() => parseFeed("<rss><channel><item></channel></rss>")).toThrow(
      /not well-formed XML \(line 1/,
    );
    expect(() => parseFeed("<html><body/></html>")).toThrow(/not an RSS or Atom feed/);
    expect(() =>
      parseFeed(
        `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel></channel></rss>`,
      ),
    ).toThrow(FeedError);
    expect(() => parseFeed("not xml at all")).toThrow(FeedError);
  });

  it("never takes a javascript: or data: link", () => {
    const feed = parseFeed(
      `<rss><channel><item><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>`,
    );
    expect(feed.items[0]!.url).toBeUndefined();
  });
});
