import { describe, expect, test } from "vitest";
import { profileClaim } from "./profile";
import { profileFromReading, readingOf } from "./reading";
import { scorePair } from "./score";
import type { MatchClaim } from "./types";

function claim(id: number, value: number, sentence: string, date: string): MatchClaim {
  const text = value.toLocaleString("en-US");
  return {
    id,
    articleId: id,
    value,
    kind: "count",
    unit: null,
    counted: "people",
    qualifier: "exact",
    period: null,
    sentence,
    before: "A magnitude 6.8 earthquake struck the Haldor region before dawn. ",
    title: "Haldor quake toll rises",
    numberEndInSentence: sentence.indexOf(text) + text.length,
    outlet: null,
    date: { date, inferred: false },
  };
}

describe("a claim's stored reading", () => {
  const a = profileClaim(
    claim(
      1,
      90,
      "The death toll from the Haldor earthquake has risen to 90 people so far, officials said.",
      "2024-03-02",
    ),
  );
  const b = profileClaim(
    claim(
      2,
      130,
      "The Red Crescent put the toll in Haldor at 130 people since the quake.",
      "2024-03-04",
    ),
  );

  test("scores a pair exactly as the profile read from the text does", () => {
    const stored = profileFromReading(
      { ...b.claim, sentence: "", before: "", title: "", numberEndInSentence: 0 },
      readingOf(b),
    )!;
    expect(stored).not.toBeNull();
    expect(scorePair(a, stored)).toEqual(scorePair(a, b));
    expect(scorePair(stored, a)).toEqual(scorePair(b, a));
  });

  test("a missing, broken or older reading is read from the text instead", () => {
    expect(profileFromReading(b.claim, null)).toBeNull();
    expect(profileFromReading(b.claim, "{not json")).toBeNull();
    expect(profileFromReading(b.claim, JSON.stringify({ v: 0 }))).toBeNull();
  });
});
