import { describe, expect, it } from "vitest";
import { toTimelinePoints } from "./timeline-points";
import type { MatchClaim } from "./types";

const claim = (c: Partial<MatchClaim> & Pick<MatchClaim, "id" | "articleId">): MatchClaim => ({
  value: 841,
  kind: "count",
  unit: null,
  counted: "civilians",
  qualifier: "exact",
  period: null,
  sentence: "",
  before: "",
  title: "A story",
  numberEndInSentence: 0,
  outlet: "Wire",
  date: { date: "2019-01", inferred: false },
  saidBy: null,
  ...c,
});

describe("toTimelinePoints", () => {
  // The headline says "at least 841" for another period; the body's "841 civilians" is the one linked.
  const headline = claim({ id: 10, articleId: 1, qualifier: "at_least", period: "since 2014" });
  const linked = claim({ id: 11, articleId: 1, period: "in 2018" });
  const other = claim({ id: 20, articleId: 2, value: 1370, qualifier: "at_least" });

  it("shows the linked claim's own qualifier and period, and opens that claim", () => {
    const points = toTimelinePoints([headline, linked, other], [20, 11, 10]);
    const p841 = points.find((p) => p.value === 841)!;
    expect(p841).toMatchObject({ claimId: 11, qualifier: "exact", period: "in 2018" });
    expect(p841.claimIds.sort()).toEqual([10, 11]);
    expect(points).toHaveLength(2);
  });

  it("never mixes two claims' words into one point, whichever comes first", () => {
    const [only] = toTimelinePoints([linked, headline]);
    expect(only).toMatchObject({ claimId: 10, qualifier: "at_least", period: "since 2014" });
  });
});
