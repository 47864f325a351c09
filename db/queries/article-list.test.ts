import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { articles, claims, type ClaimStatus } from "@/db/schema";
import { readSearchFigure } from "@/lib/search/figure";
import { searchArticles, listArticleOutlets } from "./article-list";

const t = createTestDb();
afterAll(() => t.close());

function article(title: string, outlet: string | null, publishedAt: string | null) {
  return t.db
    .insert(articles)
    .values({ title, outlet, publishedAt, body: title, bodyHash: title })
    .returning({ id: articles.id })
    .get().id;
}
function claim(articleId: number, value: number, status: ClaimStatus, deleted = false) {
  t.db
    .insert(claims)
    .values({
      articleId,
      start: 0,
      end: 3,
      numberStart: 0,
      numberEnd: 3,
      sentenceStart: 0,
      sentenceEnd: 3,
      quote: String(value),
      value,
      status,
      deletedAt: deleted ? Date.now() : null,
    })
    .run();
}

// Newest first, undated last; two articles share a date, so the id breaks the tie.
const strikes = article("Strikes killed 841 civilians", "Wire", "2020-02-14");
const toll = article("Toll revised to 1,114", "Daily", "2020-02-14");
const budget = article("Budget up 4%", "Daily", "2021-06-01");
const undated = article("Undated note on 841", null, null);
const old = article("Old report", "Wire", "2019-01-01");
claim(strikes, 841, "verified");
claim(toll, 1114, "disputed");
claim(toll, 841, "unchecked", true);
claim(budget, 4, "unchecked");
claim(old, 1114, "decided");
const ORDER = [budget, toll, strikes, old, undated];

const ids = (page: { rows: { id: number }[] } | null) => page?.rows.map((r) => r.id);

describe("searchArticles", () => {
  it("pages forward and back through every article, none lost or repeated, without OFFSET", () => {
    const forward: number[][] = [];
    let after: number | undefined;
    for (;;) {
      const page = searchArticles(t.db, { after, limit: 2 })!;
      forward.push(ids(page)!);
      expect(page.hasPrevious).toBe(after !== undefined);
      if (!page.hasNext) break;
      after = page.rows.at(-1)!.id;
    }
    expect(forward).toEqual([ORDER.slice(0, 2), ORDER.slice(2, 4), ORDER.slice(4)]);

    const back = searchArticles(t.db, { before: undated, limit: 2 })!;
    expect(ids(back)).toEqual(ORDER.slice(2, 4));
    expect(back.hasPrevious).toBe(true);
    const first = searchArticles(t.db, { before: strikes, limit: 2 })!;
    expect(ids(first)).toEqual(ORDER.slice(0, 2));
    expect(first).toMatchObject({ hasPrevious: false, hasNext: true });
  });

  it("finds articles by title or outlet, case-insensitively", () => {
    expect(ids(searchArticles(t.db, { query: "TOLL", limit: 10 }))).toEqual([toll]);
    expect(ids(searchArticles(t.db, { query: "wire", limit: 10 }))).toEqual([strikes, old]);
    expect(ids(searchArticles(t.db, { query: "100%", limit: 10 }))).toEqual([]);
  });

  it("finds a figure as typed: the articles with a live claim of that value", () => {
    const byFigure = (q: string) =>
      ids(searchArticles(t.db, { query: q, figure: readSearchFigure(q), limit: 10 }));
    expect(byFigure("1,114")).toEqual([toll, old]);
    // The toll article's 841 claim was deleted; the undated note says 841 only in its title.
    expect(byFigure("841")).toEqual([strikes, undated]);
  });

  it("filters by outlet and by what is left to do, and counts claims by status", () => {
    expect(ids(searchArticles(t.db, { outlet: "Daily", limit: 10 }))).toEqual([budget, toll]);
    expect(ids(searchArticles(t.db, { state: "disputed", limit: 10 }))).toEqual([toll]);
    expect(ids(searchArticles(t.db, { state: "needs-work", limit: 10 }))).toEqual([budget, toll]);
    const row = searchArticles(t.db, { query: "toll", limit: 10 })!.rows[0]!;
    expect(row).toMatchObject({ claimCount: 1, disputedCount: 1, uncheckedCount: 0 });
    expect(listArticleOutlets(t.db)).toEqual(["Daily", "Wire"]);
  });

  it("answers null for a cursor that names no article", () => {
    expect(searchArticles(t.db, { after: 999_999, limit: 2 })).toBeNull();
  });
});
