import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import type { Qualifier } from "./types";

/** [number text as written, value, qualifier] for every claim expected in the sentence, in order. */
type Expectation = [string, number, Qualifier];

function claimsOf(text: string): Expectation[] {
  return detectClaims(text).map((c) => [
    text.slice(c.numberStart, c.numberEnd),
    Number(c.value.toPrecision(6)),
    c.qualifier,
  ]);
}

const cases: Array<[string, Expectation[]]> = [
  // digits, separators, decimals, scales
  ["Officials counted 1,370 civilians.", [["1,370", 1370, "exact"]]],
  [
    "The fund grew to 7.7 million people and 4.2bn in assets.",
    [
      ["7.7 million", 7.7e6, "exact"],
      ["4.2bn", 4.2e9, "exact"],
    ],
  ],
  ["Turnout was 65k voters.", [["65k", 65000, "exact"]]],
  [
    "It costs 2.33 k a year, 10 bln in all, 2mil for each and $2.174T in total.",
    [
      ["2.33 k", 2330, "exact"],
      ["10 bln", 1e10, "exact"],
      ["2mil", 2e6, "exact"],
      ["2.174T", 2.174e12, "exact"],
    ],
  ],
  ["Twenty constructor teams entered.", [["Twenty", 20, "exact"]]],
  [
    "It took two and a half years, 2 and a half days and five and a half million pounds.",
    [
      ["two and a half", 2.5, "exact"],
      ["2 and a half", 2.5, "exact"],
      ["five and a half million", 5.5e6, "exact"],
    ],
  ],
  [
    "Half million eggs, a quarter million people and 10M more.",
    [
      ["Half million", 5e5, "exact"],
      ["a quarter million", 2.5e5, "exact"],
      ["10M", 1e7, "exact"],
    ],
  ],
  [
    "UK growth was 5% as NATO's 32 members met.",
    [
      ["5", 5, "exact"],
      ["32", 32, "exact"],
    ],
  ],
  [
    "He won the 100m in 9.58 seconds.",
    [
      ["100", 100, "exact"],
      ["9.58", 9.58, "exact"],
    ],
  ],
  [
    "It reached 40 000 and then 2 500 000.",
    [
      ["40 000", 40000, "exact"],
      ["2 500 000", 2500000, "exact"],
    ],
  ],
  [
    "It fell to minus 5C, a margin of plus or minus 3 points.",
    [
      ["5", -5, "exact"],
      ["3", 3, "exact"],
    ],
  ],
  [
    "An 8- to 16-metre telescope; a factor of 2.48×10−5.",
    [
      ["8- to 16", 8, "range"],
      ["2.48×10−5", 2.48e-5, "exact"],
    ],
  ],
  ["Temperatures ranged from -18 °C to -34 °C.", [["-18 °C to -34", -34, "range"]]],
  [
    "About 1/40 of the light; 2½ years; a ⅓ share.",
    [
      ["1/40", 0.025, "approximately"],
      ["2½", 2.5, "exact"],
      ["⅓", 0.333333, "exact"],
    ],
  ],
  // number words
  ["Seventy-nine reports are still open.", [["Seventy-nine", 79, "exact"]]],
  ["The war displaced five million people.", [["five million", 5e6, "exact"]]],
  ["IS held a third of Iraq.", [["a third", 0.333333, "exact"]]],
  ["Half a million people fled.", [["Half a million", 500000, "exact"]]],
  ["Two-thirds of voters backed it.", [["Two-thirds", 0.666667, "exact"]]],
  ["One in five adults smokes.", [["One in five", 0.2, "exact"]]],
  ["Police arrested a dozen protesters.", [["a dozen", 12, "exact"]]],
  [
    "It cost one hundred and twenty thousand pounds.",
    [["one hundred and twenty thousand", 120000, "exact"]],
  ],
  // percent spellings
  [
    "Inflation hit 3.2%, unemployment 5 per cent and growth 2 percent.",
    [
      ["3.2", 3.2, "exact"],
      ["5", 5, "exact"],
      ["2", 2, "exact"],
    ],
  ],
  ["Support fell 4 percentage points.", [["4", 4, "exact"]]],
  // currencies
  [
    "The $4.2 billion budget, US$300m in aid, £2,000 fines, €15 fees and 40 dollars each.",
    [
      ["4.2 billion", 4.2e9, "exact"],
      ["300m", 3e8, "exact"],
      ["2,000", 2000, "exact"],
      ["15", 15, "exact"],
      ["40", 40, "exact"],
    ],
  ],
  // ranges
  ["Between 200 and 300 people attended.", [["200 and 300", 200, "range"]]],
  [
    "Expect 10-15 storms and from 5 to 8 inches of rain.",
    [
      ["10-15", 10, "range"],
      ["5 to 8", 5, "range"],
    ],
  ],
  ["Estimates range between 2 and 3 million.", [["2 and 3 million", 2e6, "range"]]],
  // qualifiers before and after
  [
    "At least 841 died, more than 50 fled, over 98% voted.",
    [
      ["841", 841, "at_least"],
      ["50", 50, "more_than"],
      ["98", 98, "more_than"],
    ],
  ],
  [
    "Nearly 5,000, some 54, about 30, almost 12 and roughly 9 were counted.",
    [
      ["5,000", 5000, "approximately"],
      ["54", 54, "approximately"],
      ["30", 30, "approximately"],
      ["12", 12, "approximately"],
      ["9", 9, "approximately"],
    ],
  ],
  [
    "As many as 24 died; up to 40 are missing; fewer than 10 survived.",
    [
      ["24", 24, "up_to"],
      ["40", 40, "up_to"],
      ["10", 10, "less_than"],
    ],
  ],
  [
    "5,000 or more troops and 20 or fewer ships.",
    [
      ["5,000", 5000, "at_least"],
      ["20", 20, "at_most"],
    ],
  ],
  // changes
  [
    "Sales were up 12 per cent while costs fell by 2.1%.",
    [
      ["12", 12, "exact"],
      ["2.1", 2.1, "exact"],
    ],
  ],
  [
    "Prices rose from 5% to 8%.",
    [
      ["5", 5, "exact"],
      ["8", 8, "exact"],
    ],
  ],
  // durations and measures
  [
    "He served 34 months of a five-year term and walked 12 km.",
    [
      ["34", 34, "exact"],
      ["five", 5, "exact"],
      ["12", 12, "exact"],
    ],
  ],
];

describe("detectClaims finds numeric claims", () => {
  it.each(cases)("%s", (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it("gives span, kind, unit, currency and counted", () => {
    const [claim] = detectClaims("Ministers approved a $4.2 billion budget on Monday.");
    expect(claim).toMatchObject({
      quote: "$4.2 billion budget",
      kind: "money",
      currency: "USD",
      counted: "budget",
      value: 4.2e9,
    });
    const [share] = detectClaims("Forces liberated over 98% of the area formerly held by Daesh.");
    expect(share).toMatchObject({
      quote: "over 98% of the area",
      kind: "percent",
      unit: "%",
      qualifier: "more_than",
    });
    const [range] = detectClaims("Between 200 and 300 people attended.");
    expect(range).toMatchObject({ low: 200, high: 300, quote: "Between 200 and 300 people" });
    const [ratio] = detectClaims("Two-thirds of voters backed it.");
    expect(ratio?.kind).toBe("ratio");
    const [temperature] = detectClaims("Warming reached 1.1C last year.");
    expect(temperature).toMatchObject({ quote: "1.1C", kind: "measure", unit: "°C" });
    const [americans] = detectClaims("About 40 million Americans live below the poverty line.");
    expect(americans?.counted).toBe("Americans");
    const [split] = detectClaims("Knife crime rose by 7% to 50,489 offences.");
    expect(split).toMatchObject({ value: 7, qualifier: "exact", low: null });
    const [duration] = detectClaims("The siege lasted 34 months.");
    expect(duration).toMatchObject({ kind: "duration", unit: "months" });
  });

  it("reads the period from the sentence", () => {
    const [claim] = detectClaims(
      "The coalition conducted 34,763 strikes between August 2014 and June 2017.",
    );
    expect(claim?.period).toBe("between August 2014 and June 2017");
    const [during] = detectClaims("It assessed, during January, 116 credible reports.");
    expect(during?.period).toBe("during January");
    const clauses = detectClaims("In 2019, the firm made $5m, but in 2020 it lost $3m.");
    expect(clauses.map((c) => c.period)).toEqual(["In 2019", "in 2020"]);
    const [april] = detectClaims("Costs fell 2% in April.");
    expect(april?.period).toBe("in April");
  });

  it("gives sentence bounds that contain the claim", () => {
    const text = "The U.S. Air Force flew. It killed 5 people. Then it left.";
    const [claim] = detectClaims(text);
    expect(text.slice(claim!.sentenceStart, claim!.sentenceEnd)).toBe("It killed 5 people.");
  });
});

const notClaims: string[] = [
  "The war began in 2014 and ended in 2017.",
  "On March 22, 2017 and Dec 1, 2016 they met.",
  "Budget for 2022/23 was debated in the 1990s and again in Q3.",
  "Published: 0234 GMT, updated 22:09:14 and at 10:30 pm.",
  "News ID: 265628",
  "See https://example.com/news/137424-report and file report_2020_v3.pdf",
  "The F-16 and KC-10 flew; COVID-19 spread; the G7 met.",
  "Under Article 5, see line 7 and Table 4.2.",
  "Call +1 555-123-4567 or (020) 7946 0958.",
  "Write to 10 Downing Street or 1600 Pennsylvania Avenue.",
  "Page Generated in 0/7980 sec",
  'string(2956) "[{"id":"1889082","sort":"3674560","title":"Strike Kills 16 Civilians"}]"',
  "It was the third day; he finished 1st and 2nd.",
  "The two signed; one was a duplicate.",
  "The Pixel 9 was unveiled and the Model 3 went on sale.",
  "Arsenal won 3-1 on Saturday.",
  "The bill passed the Senate 51 to 49.",
  "Call 999 if you see anyone in danger.",
  "The FTSE 100 and the S&P 500 closed; World War Two ended.",
];

describe("detectClaims ignores numbers that are not claims", () => {
  it.each(notClaims)("%s", (text) => {
    expect(detectClaims(text).map((c) => c.quote)).toEqual([]);
  });
});
