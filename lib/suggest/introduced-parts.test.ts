import { describe, expect, test } from "vitest";
import { findIntroducedParts } from "./introduced-parts";
import { checkIntroducedSum } from "@/lib/consistency/introduced-sums";
import { profileClaim } from "./profile";
import type { MatchClaim } from "./types";

let nextId = 1;

/** Claims of one sentence: [numeral as written, value, counted phrase, qualifier]. */
function sentenceClaims(
  sentence: string,
  figures: [string, number, string | null, string?][],
  before = "",
  kind = "count",
): MatchClaim[] {
  let from = 0;
  return figures.map(([text, value, counted, qualifier]) => {
    const at = sentence.indexOf(text, from);
    from = at + text.length;
    return {
      id: nextId++,
      articleId: 1,
      value,
      kind,
      unit: kind === "percent" ? "%" : null,
      counted,
      qualifier: qualifier ?? "exact",
      period: null,
      sentence,
      before,
      title: "",
      numberEndInSentence: at + text.length,
      outlet: null,
      date: { date: "2024-05-01", inferred: false },
    };
  });
}

/** "total: part + part" for each list found. */
function lists(claims: MatchClaim[]): string[] {
  return findIntroducedParts(claims.map((c) => profileClaim(c))).map(
    (g) => `${g.total.claim.value}: ${g.parts.map((p) => p.claim.value).join(" + ")}`,
  );
}

describe("figures the text introduces as parts of a total", () => {
  test("disasters: “including 40 children and 75 adults”, and the sum is checked", () => {
    const claims = sentenceClaims(
      "The earthquake killed 90 people, including 40 children and 75 adults, officials said.",
      [
        ["90", 90, "people"],
        ["40", 40, "children"],
        ["75", 75, "adults"],
      ],
    );
    expect(lists(claims)).toEqual(["90: 40 + 75"]);
    const [group] = findIntroducedParts(claims.map((c) => profileClaim(c)));
    const check = checkIntroducedSum(group!);
    expect(check.exceeds).toBe(true);
    expect(check.text).toBe("40 + 75 = 115, more than the 90 people they are part of ✗");
  });

  test("“at least 90 … including 40 and 75” can be true: no excess", () => {
    const claims = sentenceClaims(
      "The earthquake killed at least 90 people, including 40 children and 75 adults.",
      [
        ["90", 90, "people", "at_least"],
        ["40", 40, "children"],
        ["75", 75, "adults"],
      ],
    );
    const [group] = findIntroducedParts(claims.map((c) => profileClaim(c)));
    expect(checkIntroducedSum(group!)).toMatchObject({ exceeds: false });
  });

  test("health: “Of those, 52 were in children under 18” refers to the sentence before; an age is no part", () => {
    const first = "The agency has confirmed 64 cases of measles in Corran, up from 41 last week.";
    const claims = [
      ...sentenceClaims(first, [
        ["64", 64, "cases of measles"],
        ["41", 41, null],
      ]),
      ...sentenceClaims(
        "Of those, 52 were in children under 18.",
        [
          ["52", 52, null],
          ["18", 18, null],
        ],
        `${first} `,
      ),
    ];
    expect(lists(claims)).toEqual(["64: 52"]);
  });

  test("crime and elections: “64 of them”, “of whom 30,000”", () => {
    expect(
      lists(
        sentenceClaims("Police arrested 250 people, 64 of them teenagers.", [
          ["250", 250, "people"],
          ["64", 64, null],
        ]),
      ),
    ).toEqual(["250: 64"]);
    expect(
      lists(
        sentenceClaims("Turnout reached 48,000 voters, of whom 30,000 voted early.", [
          ["48,000", 48000, "voters"],
          ["30,000", 30000, null],
        ]),
      ),
    ).toEqual(["48000: 30000"]);
  });

  test("conflict: two totals in one sentence, each with its own list", () => {
    const claims = sentenceClaims(
      "The toll was 976 civilians, including 194 children, 294 women under the first president, and 1856 civilians, including 667 children, and 323 women under the second.",
      [
        ["976", 976, "civilians"],
        ["194", 194, "children"],
        ["294", 294, "women"],
        ["1856", 1856, "civilians"],
        ["667", 667, "children"],
        ["323", 323, "women"],
      ],
    );
    expect(lists(claims)).toEqual(["976: 194 + 294", "1856: 667 + 323"]);
  });

  test("economy: a rate is not a list of parts; a far-off clause is not a part", () => {
    expect(
      lists(
        sentenceClaims(
          "Prices rose 6.2%, including food prices, which were up 9.1%.",
          [
            ["6.2", 6.2, null],
            ["9.1", 9.1, null],
          ],
          "",
          "percent",
        ),
      ),
    ).toEqual([]);
    expect(
      lists(
        sentenceClaims(
          "The plant cut 2,400 jobs, of which the union says most were temporary, while 300 were moved.",
          [
            ["2,400", 2400, "jobs"],
            ["300", 300, null],
          ],
        ),
      ),
    ).toEqual([]);
  });
});
