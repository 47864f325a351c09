import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedTempDb } from "@/tests/seed-db";
import { listFlagsForArticle, listOpenFlags } from "@/db/queries/flags";
import { claimLinks } from "@/db/schema";
import { checkArticleArithmetic } from "@/db/queries/arithmetic";
import { recomputeFlagsForArticle } from "@/db/services/recompute-flags";
import { checkSums } from "./arithmetic";
import { findInconsistencies } from "./inconsistency";

let seeded: ReturnType<typeof seedTempDb>;
const FILE_1114 = "003_e23c092b9a89b1c4.txt";
const FILE_173 = "004_c09c4df45738eb88.txt";

function claimId(articleId: number, value: number): number {
  const row = seeded.sqlite
    .prepare(`SELECT id FROM claims WHERE article_id = ? AND value = ? ORDER BY start LIMIT 1`)
    .get(articleId, value) as { id: number } | undefined;
  if (!row) throw new Error(`no claim ${value} in article ${articleId}`);
  return row.id;
}
function values(ids: number[]): number[] {
  return ids.map(
    (id) =>
      (seeded.sqlite.prepare(`SELECT value FROM claims WHERE id = ?`).get(id) as { value: number })
        .value,
  );
}

beforeAll(() => {
  seeded = seedTempDb();
});
afterAll(() => seeded.cleanup());

describe("internal inconsistencies on the seed articles", () => {
  test("1,114 vs 1,144 civilians in one article is flagged on import, and nothing else is", () => {
    const articleId = seeded.articleIdByFile.get(FILE_1114)!;
    const flags = listFlagsForArticle(seeded.db, { articleId }).filter(
      (f) => f.kind === "inconsistency",
    );
    expect(flags).toHaveLength(1);
    expect(new Set(values(flags[0]!.claimIds))).toEqual(new Set([1114, 1144]));
    expect(flags[0]!.message).toContain("1,114 and 1,144");
    const all = listOpenFlags(seeded.db).filter((f) => f.kind === "inconsistency");
    expect(all.map((f) => f.articleId)).toEqual([articleId]);
  });

  test("qualifiers are respected: 'more than 50' and 'some 54' agree", () => {
    const base = {
      articleId: 1,
      kind: "count",
      unit: null,
      period: null,
      of: null,
      direction: null,
      expected: false,
      outlet: null,
      title: "",
      before: "",
      date: { date: null, inferred: false },
    };
    const words = new Map([
      ["coalition", "coalition"],
      ["raid", "raids"],
      ["air", "air"],
    ]);
    const profile = (id: number, value: number, qualifier: string) => ({
      claim: {
        ...base,
        id,
        value,
        qualifier,
        counted: "civilians",
        sentence: `sentence ${id}`,
        numberEndInSentence: 0,
      },
      counted: "civilians",
      countedInferred: false,
      head: "civilian",
      concept: "death",
      who: "people",
      saidBy: null,
      names: new Set<string>(),
      ownName: null,
      around: new Map<string, string>(),
      words,
      source: { kind: "official" as const, name: "" },
      years: null,
      places: new Set<string>(),
      placesStated: false,
      narrowed: false,
      scope: { shape: null, events: null, days: null },
      status: null,
      vague: false,
      modifiers: new Set<string>(),
      lastYear: false,
      period: null,
      of: null,
      direction: null,
      expected: false,
    });
    expect(
      findInconsistencies([profile(1, 50, "more_than"), profile(2, 54, "approximately")]),
    ).toEqual([]);
    expect(findInconsistencies([profile(1, 50, "exact"), profile(2, 54, "exact")])).toHaveLength(1);
  });

  test("a breakdown (three or more close figures, one per district) is not an inconsistency", () => {
    const base = {
      articleId: 1,
      kind: "count",
      unit: null,
      period: null,
      of: null,
      direction: null,
      expected: false,
      outlet: null,
      title: "",
      before: "",
      date: { date: null, inferred: false },
    };
    const words = new Map([
      ["district", "district"],
      ["official", "officials"],
      ["count", "counted"],
    ]);
    const profile = (id: number, value: number) => ({
      claim: {
        ...base,
        id,
        value,
        qualifier: "exact",
        counted: "damaged homes",
        sentence: `sentence ${id}`,
        numberEndInSentence: 0,
      },
      counted: "damaged homes",
      countedInferred: false,
      head: "home",
      concept: "home",
      who: null,
      saidBy: null,
      names: new Set<string>(),
      ownName: null,
      around: new Map<string, string>(),
      words,
      source: { kind: "official" as const, name: "" },
      years: null,
      places: new Set<string>(),
      placesStated: false,
      narrowed: false,
      scope: { shape: null, events: null, days: null },
      status: null,
      vague: false,
      modifiers: new Set<string>(),
      lastYear: false,
      period: null,
      of: null,
      direction: null,
      expected: false,
    });
    expect(
      findInconsistencies([profile(1, 120), profile(2, 127), profile(3, 134), profile(4, 141)]),
    ).toEqual([]);
  });
});

describe("arithmetic", () => {
  test("976 + 1,856 linked as parts of 2,832 add up; a wrong part raises an arithmetic flag", () => {
    const articleId = seeded.articleIdByFile.get(FILE_1114)!;
    const total = claimId(articleId, 2832);
    for (const v of [976, 1856])
      seeded.db
        .insert(claimLinks)
        .values({ fromClaimId: claimId(articleId, v), toClaimId: total, relation: "part_of" })
        .run();
    const { sums } = checkArticleArithmetic(seeded.db, articleId, null);
    expect(sums).toHaveLength(1);
    expect(sums[0]!.text).toBe("976 + 1,856 = 2,832 ✓");
    recomputeFlagsForArticle(seeded.db, articleId);
    expect(
      listFlagsForArticle(seeded.db, { articleId }).filter((f) => f.kind === "arithmetic"),
    ).toHaveLength(0);

    seeded.db
      .insert(claimLinks)
      .values({ fromClaimId: claimId(articleId, 782), toClaimId: total, relation: "part_of" })
      .run();
    recomputeFlagsForArticle(seeded.db, articleId);
    const arithmetic = listFlagsForArticle(seeded.db, { articleId }).filter(
      (f) => f.kind === "arithmetic",
    );
    expect(arithmetic).toHaveLength(1);
    expect(arithmetic[0]!.message).toContain("= 3,614, not 2,832 ✗");
  });

  test("approximate parts are allowed rounding, exact ones are not", () => {
    const link = (partValue: number, partQualifier: string) => ({
      partId: partValue,
      partValue,
      partQualifier,
      totalId: 9,
      totalValue: 100,
      totalQualifier: "exact",
    });
    expect(checkSums([link(60, "exact"), link(39, "exact")])[0]!.matches).toBe(false);
    expect(checkSums([link(60, "approximately"), link(39, "exact")])[0]!.matches).toBe(true);
  });

  test("'some 54 … brings to 173' shows what is known: the implied previous total", () => {
    const articleId = seeded.articleIdByFile.get(FILE_173)!;
    const { increments } = checkArticleArithmetic(seeded.db, articleId, "2016-12-01");
    expect(increments).toHaveLength(1);
    expect(increments[0]).toMatchObject({
      total: 173,
      increment: 54,
      previous: null,
      matches: null,
    });
    expect(increments[0]!.text).toContain("previous total would be 119");
  });
});

describe("after a claim changes", () => {
  test("correcting 1,114 to 1,144 clears the inconsistency flag", async () => {
    const { queueFollowUps } = await import("@/db/services/follow-ups");
    const { drainJobs } = await import("@/db/jobs/worker");
    const articleId = seeded.articleIdByFile.get(FILE_1114)!;
    const ids = (
      seeded.sqlite
        .prepare(`SELECT id FROM claims WHERE article_id = ? AND value = 1114`)
        .all(articleId) as { id: number }[]
    ).map((r) => r.id);
    for (const id of ids)
      seeded.sqlite.prepare(`UPDATE claims SET value = 1144 WHERE id = ?`).run(id);
    queueFollowUps(seeded.db, [{ kind: "claims-changed", claimIds: ids }]);
    drainJobs(seeded.db);
    expect(
      listFlagsForArticle(seeded.db, { articleId }).filter((f) => f.kind === "inconsistency"),
    ).toEqual([]);
  });
});
