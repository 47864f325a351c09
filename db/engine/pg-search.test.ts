import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchQuerySchema } from "@/lib/validation/search";
import { MARK_OPEN } from "@/lib/search/marks";
import { seedTempDb } from "@/tests/seed-db";
import { createPgTestDb, type PgTestDb } from "@/tests/pg-test-db";
import { copyDatabase } from "../copy/copy";
import { searchClaims, type SearchResult } from "../queries/search";
import { pgRunner } from "./pg-runner";
import { searchClaimsPg } from "./pg-search";

// The seed desk on both engines: imported on SQLite, moved to PostgreSQL by db:copy.
let seeded: ReturnType<typeof seedTempDb>;
let t: PgTestDb;
beforeAll(async () => {
  seeded = seedTempDb();
  t = await createPgTestDb();
  await copyDatabase({ from: `file:${seeded.sqlite.name}`, to: t.url });
}, 60_000);
afterAll(async () => {
  await t.close();
  seeded.cleanup();
});

const both = async (raw: Record<string, string>) => {
  const q = searchQuerySchema.parse(raw);
  return { lite: searchClaims(seeded.db, q), pg: await searchClaimsPg(pgRunner(t.db), q) };
};
/** What a reader sees of a result: articles in order, each with its claims in order. */
const shape = (r: SearchResult) => r.groups.map((g) => [g.articleId, g.claims.map((c) => c.id)]);
/** The same, order aside. */
const found = (r: SearchResult) =>
  r.groups
    .map(
      (g) =>
        `${g.articleId}:${g.claims
          .map((c) => c.id)
          .sort((a, b) => a - b)
          .join(",")}`,
    )
    .sort();

// The queries of db/queries/search.test.ts. Found the same on both engines, and in the same order
// except where bm25's IDF or length term decides it (db/engine/pg-search.ts says why):
const SAME_ORDER: Record<string, string>[] = [
  { q: "civilians", min: "500", max: "2,000" },
  { min: "1000", max: "1200" },
  { q: "Raqqa" },
];
const RANKED_APART: Record<string, string>[] = [
  // Both words are in every seed article: their bm25 scores differ by 0.02% (IDF ≈ 0), so SQLite's
  // order of articles 3 and 4 is noise; ts_rank counts the words and puts 3 first.
  { q: "civilian death" },
  // "not", "or" and "and" as words: bm25 puts the shorter article first, ts_rank the one that repeats them more.
  { q: 'NOT OR "AND ( * -' },
];

describe("search on PostgreSQL", () => {
  it.each(SAME_ORDER)("finds what SQLite finds, in the same order, for %o", async (raw) => {
    const { lite, pg } = await both(raw);
    expect(lite.groups.length).toBeGreaterThan(0);
    expect(shape(pg)).toEqual(shape(lite));
    expect(pg.truncated).toBe(lite.truncated);
  });

  it.each(RANKED_APART)("finds what SQLite finds for %o", async (raw) => {
    const { lite, pg } = await both(raw);
    expect(lite.groups.length).toBeGreaterThan(0);
    expect(found(pg)).toEqual(found(lite));
  });

  it("marks the matched words, stemmed, in quotes and in the body's passage", async () => {
    const { pg } = await both({ q: "civilian death" });
    const claims = pg.groups.flatMap((g) => g.claims);
    expect(claims[0]!.quote).toContain(`${MARK_OPEN}civilian`);
    const raqqa = (await both({ q: "Raqqa" })).pg.groups.filter((g) => g.bodySnippet);
    expect(raqqa.length).toBeGreaterThan(0);
    expect(raqqa[0]!.bodySnippet).toContain(`${MARK_OPEN}Raqqa`);
  });

  it("stays in step with writes: an edited claim is found by its new words at once", async () => {
    const { rows } = await t.pool.query<{ id: number }>(
      "select id from claims order by id limit 1",
    );
    const claimId = rows[0]!.id;
    await t.db.execute(sql`update claims set counted = 'zebrafish' where id = ${claimId}`);
    const { pg } = await both({ q: "zebrafish" });
    expect(pg.groups.flatMap((g) => g.claims.map((c) => c.id))).toEqual([claimId]);
    await t.db.execute(sql`update claims set counted = 'civilians' where id = ${claimId}`);
    expect((await both({ q: "zebrafish" })).pg.groups).toEqual([]);
  });
});
