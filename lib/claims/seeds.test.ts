import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import labels from "./fixtures/seeds.labels.json";

/** Labels were written by hand from reading each article; offsets are where the number text starts. */
interface SeedLabels {
  claims: Array<{ text: string; start: number; value: number; qualifier: string }>;
  notClaims: Array<{ text: string; start: number }>;
}

const seeds = labels as Record<string, SeedLabels>;

describe.each(Object.entries(seeds))("seed %s", (name, expected) => {
  const text = readFileSync(path.join(process.cwd(), "seeds", name), "utf8");
  const claims = detectClaims(text);

  it("labels point at their text", () => {
    for (const label of [...expected.claims, ...expected.notClaims]) {
      expect(text.slice(label.start, label.start + label.text.length)).toBe(label.text);
    }
  });

  it("finds every labelled claim with its value and qualifier (recall 100%)", () => {
    const missed = expected.claims.filter((label) => {
      const claim = claims.find((c) => c.numberStart === label.start);
      return (
        !claim ||
        Math.abs(claim.value - label.value) > 1e-6 * Math.max(1, label.value) ||
        claim.qualifier !== label.qualifier
      );
    });
    expect(missed).toEqual([]);
  });

  it("flags no date, time, year, ID or junk number", () => {
    const flagged = expected.notClaims.filter((label) =>
      claims.some((c) => c.numberStart <= label.start && label.start < c.numberEnd),
    );
    expect(flagged).toEqual([]);
  });

  it("flags nothing that is not labelled", () => {
    const extra = claims.filter(
      (c) => !expected.claims.some((label) => label.start === c.numberStart),
    );
    expect(extra.map((c) => c.quote)).toEqual([]);
  });

  it("keeps offsets consistent", () => {
    for (const c of claims) {
      expect(c.quote).toBe(text.slice(c.start, c.end));
      expect(c.start).toBeLessThanOrEqual(c.numberStart);
      expect(c.numberEnd).toBeLessThanOrEqual(c.end);
      expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
      expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
    }
  });
});

describe("seed details", () => {
  const text = readFileSync(path.join(process.cwd(), "seeds", "001_e1748e820fe1a2f1.txt"), "utf8");
  const claims = detectClaims(text);
  it("highlights qualifier, number and thing counted, with the period", () => {
    const claim = claims.find(
      (c) => c.period === "since the beginning of Operation Inherent Resolve",
    );
    expect(claim?.quote).toBe("at least 1,370 civilians");
    expect(claim?.counted).toBe("civilians");
    const strikes = claims.find((c) => c.value === 34763);
    expect(strikes?.period).toBe("between August 2014 and the end of December 2019");
  });
});
