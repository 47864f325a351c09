import { describe, expect, test } from "vitest";
import { profileClaim } from "./profile";
import { scorePair } from "./score";
import { linkDirection } from "./link-direction";
import type { MatchClaim } from "./types";

let nextId = 1;
function claim(
  value: number,
  sentence: string,
  date: string | null,
  extra: Partial<MatchClaim> = {},
): MatchClaim {
  const numberText = value.toLocaleString("en-US");
  return {
    id: nextId++,
    articleId: nextId,
    value,
    kind: "count",
    unit: null,
    counted: "civilians",
    qualifier: "exact",
    period: null,
    sentence,
    before: "",
    title: "",
    numberEndInSentence: sentence.indexOf(numberText) + numberText.length,
    outlet: null,
    date: { date, inferred: false },
    ...extra,
  };
}

describe("scorePair", () => {
  const official2017 = profileClaim(
    claim(
      624,
      "The coalition says at least 624 civilians have been unintentionally killed in Iraq and Syria.",
      "2017-08-05",
    ),
  );
  const official2020 = profileClaim(
    claim(
      1370,
      "CJTF-OIR assesses at least 1,370 civilians have been unintentionally killed in Iraq and Syria.",
      "2020-02-14",
    ),
  );
  const monitor2017 = profileClaim(
    claim(
      4734,
      "Airwars, a monitoring group, says at least 4,734 civilians have been killed in Iraq and Syria.",
      "2017-08-05",
    ),
  );

  test("a later figure from the same kind of source updates; a monitor's figure contradicts", () => {
    expect(scorePair(official2020, official2017)).toMatchObject({ relation: "updates" });
    expect(scorePair(official2017, monitor2017)).toMatchObject({ relation: "contradicts" });
  });

  test("the same value is the same figure, and the reason names what they share", () => {
    const again = profileClaim(
      claim(
        1370,
        "The coalition assesses at least 1,370 civilians have been unintentionally killed in Iraq and Syria, it said.",
        "2020-02-15",
      ),
    );
    const pair = scorePair(official2020, again)!;
    expect(pair.relation).toBe("same_figure");
    expect(pair.reason).toContain("same death ('civilians')");
    expect(pair.reason).toContain("both name iraq/syria");
    expect(pair.reason).toMatch(/shared words .*unintentionally/);
  });

  test("different counted things or kinds are never paired", () => {
    const strikes = profileClaim(
      claim(1370, "The coalition conducted 1,370 strikes in Iraq and Syria.", "2020-02-14", {
        counted: "strikes",
      }),
    );
    expect(scorePair(official2020, strikes)).toBeNull();
    const percent = profileClaim(
      claim(13, "13% of civilians were killed in Iraq and Syria.", "2020-02-14", {
        kind: "percent",
        unit: "%",
      }),
    );
    expect(scorePair(official2020, percent)).toBeNull();
  });

  test("an unstated counted thing is read from 'the number of …'", () => {
    const p = profileClaim(
      claim(
        173,
        "The figure brings to 173 the number of civilians the alliance admitted to have killed in Iraq and Syria.",
        "2016-12-01",
        { counted: null },
      ),
    );
    expect(p.counted).toBe("civilians");
    // …and what happened to them from the verb further on: the same quantity as "civilians killed".
    expect(p.concept).toBe("death");
    expect(scorePair(official2020, p)).not.toBeNull();
  });
});

describe("linkDirection", () => {
  test("parts point to their total and newer figures to the older ones they update", () => {
    const a = { id: 1, articleId: 1, value: 976, publishedAt: null };
    const b = { id: 2, articleId: 1, value: 2832, publishedAt: null };
    expect(linkDirection("part_of", b, a)).toEqual({ from: 1, to: 2 });
    const old = { id: 3, articleId: 2, value: 624, publishedAt: "2017-08-05" };
    const recent = { id: 4, articleId: 3, value: 1370, publishedAt: "2020-02-14" };
    expect(linkDirection("updates", old, recent)).toEqual({ from: 4, to: 3 });
  });
});

describe("people named by their role, and counts far apart", () => {
  const at = (value: number, sentence: string, counted: string | null, extra = {}) =>
    profileClaim(claim(value, sentence, "2025-05-12", { counted, ...extra }));

  test("savers and investors of one scheme are one count", () => {
    const savers = at(
      3200,
      "Prosecutors allege that the investment scheme took money from 3,200 savers.",
      "savers",
    );
    const investors = at(3200, "Court papers list 3,200 investors in the scheme.", "investors");
    expect(savers.concept).toBe("people");
    expect(scorePair(savers, investors)?.score).toBeGreaterThanOrEqual(0.6);
  });

  test("a count of owners is read through the possessive", () => {
    const owners = at(2100000, "The breach exposed 2,100,000 customers' data.", "customers' data");
    expect(owners.concept).toBe("people");
  });

  test("a count that does not keep growing, from two sources, is not one quantity 7 times over", () => {
    const whole = at(
      2100000,
      "A database of 2,100,000 telecoms customers is offered for sale, researchers said.",
      "customers",
    );
    const part = at(
      300000,
      "The telecoms company said bank details of 300,000 customers had been stolen.",
      "customers",
    );
    expect(scorePair(whole, part)).toBeNull();
    // A death toll can: the later report of a growing toll is the same quantity.
    const early = at(40, "Officials said 40 people were killed in the flood.", "people");
    const late = at(400, "The flood has killed 400 people, the health ministry said.", "people");
    expect(scorePair(early, late)).not.toBeNull();
  });
});
