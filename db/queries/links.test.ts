import { afterAll, describe, expect, it } from "vitest";
import { seedTempDb } from "@/tests/seed-db";
import { searchLinkTargets } from "./links";

const seeded = seedTempDb();
afterAll(() => seeded.cleanup());

describe("searchLinkTargets", () => {
  it("lists a claim whose value is exactly the number searched before near misses", () => {
    const hits = searchLinkTargets(seeded.db, { claimId: -1, query: "1,114" });
    expect(hits.map((h) => h.value)).toContain(1144);
    expect(hits[0]?.value).toBe(1114);
  });

  it("finds claims by their words alone", () => {
    const hits = searchLinkTargets(seeded.db, { claimId: -1, query: "civilians" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => /civilians/i.test(h.quote) || /civilians/i.test(h.articleTitle))).toBe(
      true,
    );
  });
});
