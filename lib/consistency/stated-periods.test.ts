import { expect, test } from "vitest";
import { profileClaim } from "@/lib/suggest/profile";
import type { MatchClaim } from "@/lib/suggest/types";
import { findInconsistencies } from "./inconsistency";

const TITLE = "Labour market shows strength";
let nextId = 1;
function claim(
  sentence: string,
  figure: string,
  value: number,
  counted: string | null = null,
): MatchClaim {
  return {
    id: nextId++,
    articleId: 1,
    value,
    kind: "percent",
    unit: "%",
    counted,
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: TITLE,
    numberEndInSentence: sentence.indexOf(figure) + figure.length,
    outlet: null,
    date: { date: "2025-11-10", inferred: false },
  };
}

test("one source, one period, one subject, two values: a slip, though nothing counted is named", () => {
  const first =
    "The unemployment rate fell to 4.8% in October, the bureau said, while wages grew 3.9%.";
  const second = "In a separate table, the bureau said unemployment stood at 4.6% last month.";
  const found = findInconsistencies(
    [claim(first, "4.8%", 4.8), claim(first, "3.9%", 3.9), claim(second, "4.6%", 4.6)].map(
      profileClaim,
    ),
  );
  expect(found.map((f) => f.message)).toEqual([expect.stringContaining("4.6 and 4.8")]);
});

test("figures of two periods are two quantities, not a slip", () => {
  const next = "The council said the deficit next year would be 3.3% of GDP.";
  const now = "The council said this year's deficit would come in at 3.4% of GDP.";
  const found = (second: string) =>
    findInconsistencies(
      [claim(next, "3.3%", 3.3, "of GDP"), claim(second, "3.4%", 3.4, "of GDP")].map(profileClaim),
    );
  expect(found(now)).toEqual([]);
  // The same sentence without its period is a slip.
  expect(found(now.replace("this year's ", "the "))).toHaveLength(1);
});
