import { describe, expect, test } from "vitest";
import { profileClaim } from "@/lib/suggest/profile";
import type { MatchClaim } from "@/lib/suggest/types";
import { findInconsistencies } from "./inconsistency";

let nextId = 1;
function claim(sentence: string, figure: string, counted: string | null): MatchClaim {
  return {
    id: nextId++,
    articleId: 1,
    value: Number(figure.replace(/,/g, "")),
    kind: "count",
    unit: null,
    counted,
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "",
    numberEndInSentence: sentence.indexOf(figure) + figure.length,
    outlet: null,
    date: { date: "2025-07-05", inferred: false },
  };
}

const found = (...claims: MatchClaim[]) =>
  findInconsistencies(claims.map(profileClaim)).map((f) => f.message);

describe("one source restating its figure with another value", () => {
  test("in one sentence, after a verb of saying", () => {
    const s =
      "The centre was holding 1,050 people, a ministry spokeswoman said, adding later that 1,150 people were in the centre.";
    expect(found(claim(s, "1,050", "people"), claim(s, "1,150", "people"))).toEqual([
      expect.stringContaining("1,050 and 1,150"),
    ]);
  });

  test("two figures set side by side in one sentence are not a slip", () => {
    const s = "The centre held 1,050 people on Friday and 1,150 people on Saturday.";
    expect(found(claim(s, "1,050", "people"), claim(s, "1,150", "people"))).toEqual([]);
  });

  test("counted words that differ and count the same thing", () => {
    const a = claim(
      "The carmaker said it would cut 2,400 jobs at its plants in the north.",
      "2,400",
      "jobs",
    );
    const b = claim(
      "The 2,600 job cuts at its plants in the north would save money, the carmaker said.",
      "2,600",
      "job cuts",
    );
    expect(found(a, b)).toEqual([expect.stringContaining("2,400 and 2,600")]);
  });
});
