import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { articles, fetchedPages } from "@/db/schema";
import { getPageForArticle } from "@/db/queries/fetched-pages";
import { parseAllowList } from "@/lib/fetch/address-policy";
import type { FetchLimits } from "@/lib/fetch/fetch-page";
import { htmlToText } from "@/lib/import/html";
import { startNewsServer, type NewsServer } from "@/tests/fixtures/news-server";
import { insertFetchedPage } from "@/db/queries/fetched-pages";
import {
  fetchPageForImport,
  importByUrl,
  importFetchedPage,
  importFetchedPageOffThread,
} from "./url-imports";

let site: NewsServer;

let db: Db;
let close: () => void;

const limits: FetchLimits = {
  timeoutMs: 5000,
  maxBytes: 5 * 1048576,
  maxRedirects: 5,
  allow: parseAllowList("127.0.0.1"),
};

beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());
beforeEach(() => {
  ({ db, close } = createTestDb());
});
afterEach(() => {
  close();
});

describe("import by URL", { timeout: 30_000 }, () => {
  it("reads title, outlet, date and canonical URL from the page before importing", async () => {
    const read = await fetchPageForImport(db, {
      actorId: null,
      url: site.url("/amp/quay-7"),
      limits,
    });
    if (!read.ok) throw new Error(read.error);
    expect(read.preview.metadata).toMatchObject({
      outlet: "Harbour Gazette",
      author: "Dana Whitfield",
      title: expect.stringContaining("Harbour report quay-7"),
      publishedAt: expect.stringMatching(/^2024-03-\d\d$/),
    });
    expect(read.preview.url).toBe(site.url("/articles/quay-7"));
    expect(db.select().from(articles).all()).toHaveLength(0);
  });

  it("stores the admin's corrections over what the page said", async () => {
    const read = await fetchPageForImport(db, {
      actorId: null,
      url: site.url("/articles/quay-8"),
      limits,
    });
    if (!read.ok) throw new Error(read.error);
    const outcome = importFetchedPage(db, {
      actorId: null,
      pageId: read.preview.pageId,
      overrides: { outlet: "Gazette (print)", publishedAt: "2024-04-01" },
    });
    expect(outcome.status).toBe("created");
    const row = db.select().from(articles).get()!;
    expect(row).toMatchObject({
      outlet: "Gazette (print)",
      publishedAt: "2024-04-01",
      url: site.url("/articles/quay-8"),
    });
  });

  it("step two, as the import page runs it, reads the kept page off the event loop with the corrections", async () => {
    const read = await fetchPageForImport(db, {
      actorId: null,
      url: site.url("/articles/quay-8"),
      limits,
    });
    if (!read.ok) throw new Error(read.error);
    const outcome = await importFetchedPageOffThread(db, {
      actorId: null,
      pageId: read.preview.pageId,
      overrides: { outlet: "Gazette (print)" },
    });
    expect(outcome.status).toBe("created");
    if (outcome.status !== "created") return;
    expect(db.select().from(articles).get()).toMatchObject({
      outlet: "Gazette (print)",
      url: site.url("/articles/quay-8"),
    });
    expect(getPageForArticle(db, { articleId: outcome.articleId })).toBeTruthy();
  });

  it("step two stops a page over its time limit with a clear message and saves nothing", async () => {
    const paragraphs = "<p>The depot sent 1,250 buses out in May, up 5% on April.</p>".repeat(
      20_000,
    );
    const page = insertFetchedPage(db, {
      requestedUrl: "https://news.example/long",
      finalUrl: "https://news.example/long",
      canonicalUrl: null,
      contentType: "text/html",
      html: `<html><head><title>Long</title></head><body><article>${paragraphs}</article></body></html>`,
      bytes: paragraphs.length,
      fetchedBy: null,
    });
    const outcome = await importFetchedPageOffThread(db, {
      actorId: null,
      pageId: page.id,
      limitMs: 100,
    });
    expect(outcome).toEqual({
      status: "failed",
      error: "The article took longer than 0.1 s to read; nothing was saved.",
    });
    expect(db.select().from(articles).all()).toHaveLength(0);
  });

  it("imports the same article reached by two URLs once", async () => {
    const first = await importByUrl(db, {
      actorId: null,
      url: site.url("/articles/pier-3?ref=home"),
      limits,
    });
    const second = await importByUrl(db, {
      actorId: null,
      url: site.url("/redirect/2/pier-3"),
      limits,
    });
    const third = await importByUrl(db, { actorId: null, url: site.url("/amp/pier-3"), limits });
    expect(first.status).toBe("created");
    expect(second.status).toBe("duplicate");
    expect(third.status).toBe("duplicate");
    expect(db.select().from(articles).all()).toHaveLength(1);
  });

  it("a page that changed since the last read updates its one article", async () => {
    const first = await importByUrl(db, {
      actorId: null,
      url: site.url("/changing/berth-1"),
      limits,
    });
    const second = await importByUrl(db, {
      actorId: null,
      url: site.url("/changing/berth-1"),
      limits,
    });
    expect(first.status).toBe("created");
    expect(second.status).toBe("updated");
    expect(db.select().from(articles).all()).toHaveLength(1);
  });

  it("keeps the fetched HTML, so the text is extracted again without the network", async () => {
    const outcome = await importByUrl(db, {
      actorId: null,
      url: site.url("/articles/dock-2"),
      limits,
    });
    if (outcome.status === "failed") throw new Error(outcome.error);
    await site.close();
    const kept = getPageForArticle(db, { articleId: outcome.articleId })!;
    const article = db.select().from(articles).where(eq(articles.id, outcome.articleId)).get()!;
    expect(htmlToText(kept.html, kept.finalUrl).text).toContain(
      "containers passed through the harbour",
    );
    expect(article.body).toContain("containers passed through the harbour");
    site = await startNewsServer();
  });

  it("refuses a private address unless allow-listed, storing nothing", async () => {
    const outcome = await importByUrl(db, {
      actorId: null,
      url: site.url("/articles/x"),
      limits: { ...limits, allow: parseAllowList("") },
    });
    expect(outcome).toMatchObject({
      status: "failed",
      error: expect.stringContaining("loopback address"),
    });
    expect(db.select().from(fetchedPages).all()).toHaveLength(0);
  });
});
