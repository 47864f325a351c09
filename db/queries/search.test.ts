import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { seedTempDb } from "@/tests/seed-db";
import { searchQuerySchema } from "@/lib/validation/search";
import { MARK_OPEN } from "@/lib/search/marks";
import { searchClaims } from "./search";

const seeded = seedTempDb();
afterAll(() => seeded.cleanup());
const search = (raw: Record<string, string>) =>
  searchClaims(seeded.db, searchQuerySchema.parse(raw));

describe("searchClaims", () => {
  it("finds claims by their words, stemmed, with the words marked", () => {
    const { groups } = search({ q: "civilian death" });
    const claims = groups.flatMap((g) => g.claims);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0]!.quote).toContain(`${MARK_OPEN}civilian`);
  });

  it("combines words with a value range: only claims inside the range", () => {
    const { groups } = search({ q: "civilians", min: "500", max: "2,000" });
    const claims = groups.flatMap((g) => g.claims);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.value).toBeGreaterThanOrEqual(500);
      expect(c.value).toBeLessThanOrEqual(2000);
    }
  });

  it("filters by range alone, smallest figures first, grouped by article", () => {
    const { groups } = search({ min: "1000", max: "1200" });
    const values = groups.flatMap((g) => g.claims.map((c) => c.value));
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v! >= 1000 && v! <= 1200)).toBe(true);
    const ids = groups.map((g) => g.articleId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds articles by words in the body, with a marked passage", () => {
    const { groups } = search({ q: "Raqqa" });
    const withBody = groups.filter((g) => g.bodySnippet);
    expect(withBody.length).toBeGreaterThan(0);
    expect(withBody[0]!.bodySnippet).toContain(`${MARK_OPEN}Raqqa`);
  });

  it("stays in step with writes: an edited quote is found by its new words at once", () => {
    const claimId = seeded.db.get<{ id: number }>(sql`select id from claims limit 1`).id;
    seeded.db.run(sql`update claims set counted = 'zebrafish' where id = ${claimId}`);
    const ids = search({ q: "zebrafish" }).groups.flatMap((g) => g.claims.map((c) => c.id));
    expect(ids).toEqual([claimId]);
    seeded.db.run(sql`update claims set counted = 'civilians' where id = ${claimId}`);
    expect(search({ q: "zebrafish" }).groups).toEqual([]);
  });

  it("treats operators and punctuation as plain words", () => {
    expect(() => search({ q: 'NOT OR "AND ( * -' })).not.toThrow();
  });
});
