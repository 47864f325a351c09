import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { seedSmallNewsroom } from "@/tests/seed-small";
import { claims } from "../schema";
import { attachSource } from "../services/sources";
import { listSourcesWithCounts } from "./sources";

let t: TestDb;
let seed: ReturnType<typeof seedSmallNewsroom>;
beforeEach(() => {
  t = createTestDb();
  seed = seedSmallNewsroom(t.db);
});
afterEach(() => t.close());

describe("listSourcesWithCounts", () => {
  it("counts the claims citing each source, row by row, newest source first", () => {
    const [a, b, c] = t.db.select().from(claims).limit(3).all();
    const actor = seed.users.checker;
    const attach = (claimId: number, title: string) =>
      attachSource(t.db, actor, {
        claimId,
        stance: "supports",
        locator: null,
        source: { title, url: `https://example.org/${encodeURIComponent(title)}` },
      } as Parameters<typeof attachSource>[2]);
    const report = attach(a!.id, "Annual report").sourceId;
    attach(b!.id, "Annual report");
    attach(c!.id, "Annual report");
    const memo = attach(a!.id, "Memo").sourceId;

    const { rows } = listSourcesWithCounts(t.db, { limit: 10 });
    const counts = new Map(rows.map((r) => [r.id, r.claimCount]));
    expect(counts.get(report)).toBe(3);
    expect(counts.get(memo)).toBe(1);
    expect(rows[0]!.id).toBe(memo);

    const older = listSourcesWithCounts(t.db, { beforeId: memo, limit: 10 });
    expect(older.rows.map((r) => [r.id, r.claimCount])).toContainEqual([report, 3]);
  });
});
