import { describe, expect, it } from "vitest";
import { profileClaim } from "@/lib/suggest/profile";
import type { MatchClaim } from "@/lib/suggest/types";
import { allowedRange, departs, findDepartures, roundingOf, type Figure } from "./departures";

function figure(
  id: number,
  articleId: number,
  sentence: string,
  value: number,
  extra: Omit<Partial<MatchClaim>, "date"> & { low?: number; high?: number; date?: string } = {},
): Figure {
  const { low = null, high = null, date = "2017-08-01", ...rest } = extra;
  const claim: MatchClaim = {
    id,
    articleId,
    value,
    kind: "count",
    unit: null,
    counted: null,
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "",
    numberEndInSentence:
      sentence.indexOf(value.toLocaleString("en-US")) + value.toLocaleString("en-US").length,
    outlet: null,
    date: { date, inferred: false },
    ...rest,
  };
  return { profile: profileClaim(claim), low, high };
}

const checked = figure(
  1,
  1,
  "The flood in Corran County has killed 212 people since the river burst its banks on Monday, the regional health ministry said.",
  212,
);

describe("a figure's range", () => {
  it("is the value itself, a stated range, or the value widened by its rounding when approximate", () => {
    expect(allowedRange(checked)).toEqual([212, 212]);
    expect(allowedRange({ ...checked, low: 200, high: 250 })).toEqual([200, 250]);
    const about = figure(2, 2, "About 1,400 people died.", 1400, { qualifier: "approximately" });
    expect(allowedRange(about)).toEqual([1350, 1450]);
    expect(roundingOf(1370)).toBe(10);
    expect(roundingOf(2.5)).toBeCloseTo(0.1);
    expect(roundingOf(0)).toBe(1);
  });

  it("departs only when no value is allowed by both", () => {
    const later = figure(3, 2, "The flood has now killed 240 people.", 240);
    expect(departs(checked, later)).toBe(true);
    expect(departs(checked, figure(4, 2, "The flood has now killed 212 people.", 212))).toBe(false);
    expect(departs(checked, { ...later, low: 200, high: 240 })).toBe(false);
    const about = figure(5, 2, "About 200 people died.", 200, { qualifier: "approximately" });
    expect(departs(checked, about)).toBe(false); // "about 200" allows 150–250
    // "at least" is how a source states its count: a later, larger count departs from it.
    const atLeast = figure(6, 1, "At least 1,370 civilians were killed.", 1370, {
      qualifier: "at_least",
    });
    expect(departs(atLeast, figure(7, 2, "1,500 civilians were killed.", 1500))).toBe(true);
  });
});

describe("the alerts an article raises", () => {
  const later = figure(
    10,
    2,
    "The flood in Corran County has now killed 260 people, the regional health ministry said on Friday.",
    260,
    { date: "2017-08-20" },
  );

  it("pairs a figure of the same quantity with another value, with the matcher's relation and reason", () => {
    const found = findDepartures([later], [checked]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ claimId: 10, watchedClaimId: 1 });
    expect(["updates", "contradicts"]).toContain(found[0]!.relation);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(found[0]!.reason).toMatch(/212 vs 260/);
  });

  it("raises nothing for the same value, another quantity, or the same article", () => {
    const same = figure(11, 2, "The flood in Corran County has killed 212 people.", 212);
    const other = figure(
      12,
      2,
      "The flood in Corran County destroyed 260 houses, the ministry said.",
      260,
    );
    const sameArticle = figure(13, 1, "The flood in Corran County has now killed 260 people.", 260);
    expect(findDepartures([same, other, sameArticle], [checked])).toEqual([]);
  });

  it("raises nothing when another watched figure already allows the value, and one alert per figure", () => {
    const checkedLater = figure(
      20,
      3,
      "The flood in Corran County has killed 260 people, the regional health ministry said.",
      260,
      { date: "2017-08-15" },
    );
    expect(findDepartures([later], [checked, checkedLater])).toEqual([]);
    const earlier = figure(
      21,
      4,
      "The flood in Corran County has killed 150 people, the regional health ministry said.",
      150,
      { date: "2017-07-20" },
    );
    const found = findDepartures([later], [checked, earlier]);
    expect(found).toHaveLength(1);
  });

  it("raises one alert per pair of values when a figure is repeated", () => {
    const again = {
      ...later,
      profile: { ...later.profile, claim: { ...later.profile.claim, id: 14 } },
    };
    expect(findDepartures([later, again], [checked])).toHaveLength(1);
  });
});
