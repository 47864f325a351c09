import { expect, test } from "vitest";
import { profileClaim } from "./profile";
import { inheritSiblingCounts } from "./sibling-counts";
import type { MatchClaim } from "./types";

let nextId = 1;
function claim(
  sentence: string,
  figure: string,
  counted: string | null,
  kind = "count",
): MatchClaim {
  return {
    id: nextId++,
    articleId: 1,
    value: Number(figure.replace(/[^\d.]/g, "")),
    kind,
    unit: kind === "percent" ? "%" : null,
    counted,
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "Rail strike",
    numberEndInSentence: sentence.indexOf(figure) + figure.length,
    outlet: null,
    date: { date: "2025-03-04", inferred: false },
  };
}

test("a figure naming nothing counted takes what the figure before it in its sentence counts", () => {
  const s = "The operator cancelled 4,200 services: 2,300 on Monday and 1,900 on Tuesday.";
  const [total, monday, tuesday] = inheritSiblingCounts(
    [claim(s, "4,200", "services"), claim(s, "2,300", null), claim(s, "1,900", null)].map(
      profileClaim,
    ),
  );
  expect([total!.concept, monday!.concept, tuesday!.concept]).toEqual([
    "service",
    "service",
    "service",
  ]);
});

test("figures of other sentences, other kinds, or with a counted thing of their own keep theirs", () => {
  const a = "The operator cancelled 4,200 services.";
  const b = "About 15,000 workers joined, and turnout was 60%.";
  const out = inheritSiblingCounts(
    [
      claim(a, "4,200", "services"),
      claim("It said 2,300 on Monday.", "2,300", null),
      claim(b, "15,000", "workers"),
      claim(b, "60%", null, "percent"),
    ].map(profileClaim),
  );
  expect(out[1]!.concept).toBeNull();
  expect(out[3]!.concept).not.toBe(out[2]!.concept);
});
