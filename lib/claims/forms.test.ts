import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";

/** Each claim as "number text = value unit", or "low..high" for a range. */
function found(text: string): string[] {
  return detectClaims(text).map((c) => {
    const value = c.low !== null ? `${c.low}..${c.high}` : `${Number(c.value.toPrecision(6))}`;
    return `${text.slice(c.numberStart, c.numberEnd)} = ${value}${c.unit ? ` ${c.unit}` : ""}`;
  });
}

describe("forms news prints", () => {
  it("reads signs written as characters or words", () => {
    expect(found("Futures were +2.1% while lows hit minus 18 degrees and -4C.")).toEqual([
      "+2.1 = 2.1 %",
      "18 = -18 °C",
      "-4 = -4 °C",
    ]);
  });

  it("reads units glued to the figure", () => {
    expect(
      found("The 340bhp coupe weighs 1,510kg and tops 155mph; a 330ml can costs 85p."),
    ).toEqual(["340 = 340 bhp", "1,510 = 1510 kg", "155 = 155 mph", "330 = 330 ml", "85 = 85 GBX"]);
    expect(found("It cruises at 90km/h with 512GB of storage.")).toEqual([
      "90 = 90 km/h",
      "512 = 512 gb",
    ]);
  });

  it("reads every currency spelling", () => {
    expect(
      found("It paid $A12m, C$3.4bn, $NZ800,000, CHF 40 million and 900 million Swedish crowns."),
    ).toEqual([
      "12m = 12000000 AUD",
      "3.4bn = 3400000000 CAD",
      "800,000 = 800000 NZD",
      "40 million = 40000000 CHF",
      "900 million = 900000000 SEK",
    ]);
    expect(found("Fees of 75 Mexican pesos and 2.2 billion PLN.")).toEqual([
      "75 = 75 MXN",
      "2.2 billion = 2200000000 PLN",
    ]);
  });

  it("values vague magnitudes as one order of magnitude", () => {
    expect(found("Hundreds of thousands marched, dozens were hurt and thousands fled.")).toEqual([
      "Hundreds of thousands = 100000..1000000",
      "dozens = 12..120",
      "thousands = 1000..10000",
    ]);
    expect(found("Tens of millions watched; tens of people is not a phrase.")).toEqual([
      "Tens of millions = 10000000..100000000",
    ]);
  });

  it("reads multiples, written as words or with a hyphen", () => {
    expect(found("Costs quadrupled, sales rose sixfold and a 12-fold jump followed.")).toEqual([
      "quadrupled = 4 ×",
      "sixfold = 6 ×",
      "12 = 12 ×",
    ]);
  });

  it("reads small number words with the thing they count, even after a determiner", () => {
    expect(found("Its three plants and the nine judges met over the last two weeks.")).toEqual([
      "three = 3",
      "nine = 9",
      "two = 2 weeks",
    ]);
    expect(found("She is one of the best; the two met later.")).toEqual([]);
  });

  it("keeps ranges with the unit written once, and prefixes", () => {
    expect(found("Seas may rise 0.3 to 0.6 metres; plots of sub-200 sq m sell fast.")).toEqual([
      "0.3 to 0.6 = 0.3..0.6 metres",
      "200 = 200 sq m",
    ]);
  });
});

describe("never flagged", () => {
  it.each([
    "The summit opens on Sept. 9 and closes Oct 2 2025.",
    "Farming spread between 1500 and 1620 across the valley.",
    "The temple dates from 300 BC and was rebuilt in A.D. 640.",
    "She bought an iPhone 14 and a Surface Laptop 5 last week.",
    "The Vision 2030 plan and the Euro 2028 finals were discussed.",
    "Offices at 221 N 14th Ave were sold.",
    "Garcia, 61, told reporters the plan was sound.",
    "Docket 23-cr-0117 was sealed at 4.30pm.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("never joins a year to the next figure", () => {
    expect(found("Output climbed in 2021 to 4.5 million barrels.")).toEqual([
      "4.5 million = 4500000 barrels",
    ]);
  });

  it("never flags a duration that names the window of a statistic, but keeps one stated about the world", () => {
    expect(found("The two-year Treasury yield rose to 4.6%, above its ten-year average.")).toEqual([
      "4.6 = 4.6 %",
    ]);
    expect(found("The average five-year fixed mortgage rate stood at 4.9%.")).toEqual([
      "4.9 = 4.9 %",
    ]);
    expect(found("Gas prices hit a 14-year high; he signed a four-year contract.")).toEqual([
      "14 = 14 years",
      "four = 4 years",
    ]);
  });
});
