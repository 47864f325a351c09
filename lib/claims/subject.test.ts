import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import { nameOf } from "./subject";

/** [figure as written, what it counts] for each claim in the sentence. */
function subjects(text: string): Array<[string, string | null]> {
  return detectClaims(text).map((c) => [text.slice(c.numberStart, c.numberEnd), c.subject]);
}

describe("what a figure counts, read from its phrase", () => {
  it.each([
    ["The death toll has risen to 90, officials said.", [["90", "deaths"]]],
    ["Officials put the toll at 130 on Sunday.", [["130", "deaths"]]],
    ["The casualty toll climbed to 412.", [["412", "casualties"]]],
    ["The number of people injured in the blast stood at 75.", [["75", "people injured"]]],
    ["The number of infections climbed to 2,300 on Monday.", [["2,300", "infections"]]],
    [
      "The region's 31 mills employ 9,000 workers.",
      [
        ["31", "mills"],
        ["9,000", "workers"],
      ],
    ],
    ["Unemployment fell to 4.1% in March.", [["4.1", "unemployment"]]],
    ["In March, unemployment fell to 4.1%.", [["4.1", "unemployment"]]],
    [
      "The company said revenue rose 12% to $4.2 billion.",
      [
        ["12", "revenue"],
        ["4.2 billion", "revenue"],
      ],
    ],
    ["Turnout was 67 per cent.", [["67", "turnout"]]],
    [
      "Sales of electric cars reached 1.2 million last year.",
      [["1.2 million", "sales of electric cars"]],
    ],
    ["The bank raised its growth forecast to 2.1%.", [["2.1", "growth forecast"]]],
    ["98% of the area was flooded.", [["98", "area"]]],
  ] as Array<[string, Array<[string, string | null]>]>)("%s", (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });

  it("reads no subject from a pronoun, an agent or another figure's words", () => {
    expect(subjects("It rose to 5% last year.")).toEqual([["5", null]]);
    expect(subjects("The bill passed by 52 votes to 48.")).toEqual([
      ["52", null],
      ["48", null],
    ]);
    expect(subjects("At least 40 died when the bus overturned.")).toEqual([["40", null]]);
  });

  it("ends the counted words before a verb that takes an object", () => {
    const counted = (text: string) => detectClaims(text).map((c) => c.counted);
    expect(counted("The region's 31 mills employ 9,000 workers.")).toEqual(["mills", "workers"]);
    expect(counted("Five states require a permit.")).toEqual(["states"]);
    expect(counted("About 200 sports fans gathered.")).toEqual(["sports fans"]);
  });

  it("reduces a phrase to what it counts", () => {
    expect(nameOf("the number of people injured in the blast")).toBe("people injured");
    expect(nameOf("a total of homes")).toBe("homes");
    expect(nameOf("the toll")).toBe("deaths");
    expect(nameOf("the injury toll")).toBe("injuries");
    expect(nameOf("of the area")).toBe("area");
    expect(nameOf("the")).toBeNull();
  });
});
