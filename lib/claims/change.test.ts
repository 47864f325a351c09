import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";

/** [number text, change, from] for each claim, in order. */
function changesOf(text: string): Array<[string, string | null, number | null]> {
  return detectClaims(text).map((c) => [text.slice(c.numberStart, c.numberEnd), c.change, c.from]);
}

describe("direction of change", () => {
  it("reads a movement verb before the figure, with or without a link word", () => {
    expect(changesOf("Output climbed 3.2% while imports slid by 1.5%.")).toEqual([
      ["3.2", "up", null],
      ["1.5", "down", null],
    ]);
  });

  it("reads a verb across its short object: 'cut the time by', 'raised its forecast to'", () => {
    expect(changesOf("The bypass cuts the journey time by 12 minutes.")).toEqual([
      ["12", "down", null],
    ]);
    expect(changesOf("The bank raised its growth forecast to 2.1%.")).toEqual([
      ["2.1", "up", null],
    ]);
    // A clause break or a content word that is no object ends the search.
    expect(changesOf("Ministers cut, the report says, by 4 votes.")).toEqual([["4", null, null]]);
  });

  it("takes an 'up' or 'down' after its own verb as a particle, not a movement", () => {
    expect(changesOf("Judges handed down 214 orders.")).toEqual([["214", null, null]]);
    expect(changesOf("Electric models made up 28% of sales.")).toEqual([["28", null, null]]);
    expect(changesOf("The index closed down 1.2% and shares were up 3%.")).toEqual([
      ["1.2", "down", null],
      ["3", "up", null],
    ]);
  });

  it("gives the level a movement reached the movement's direction", () => {
    expect(changesOf("Copper slipped 2.5% to $8,100 a tonne.")).toEqual([
      ["2.5", "down", null],
      ["8,100", "down", null],
    ]);
  });

  it("links a starting level to the figure it moved to", () => {
    expect(changesOf("The jobless rate edged up from 5.1% to 5.4% in May.")).toEqual([
      ["5.1", null, null],
      ["5.4", "up", 5.1],
    ]);
    expect(changesOf("Margins narrowed to 11% from 14% a year earlier.")).toEqual([
      ["11", "down", 14],
      ["14", null, null],
    ]);
    expect(changesOf("Attendance was 41,000, down from 45,000 last season.")).toEqual([
      ["41,000", "down", 45000],
      ["45,000", null, null],
    ]);
  });

  it("reads the direction from the two levels when the verb does not say", () => {
    expect(changesOf("The ratio moved from 0.8 to 0.6 over the year.")).toEqual([
      ["0.8", null, null],
      ["0.6", "down", 0.8],
    ]);
  });

  it("reads a movement noun or comparative after the figure, and signs", () => {
    expect(changesOf("Workers won a 7% wage rise; the shares ended 3% lower.")).toEqual([
      ["7", "up", null],
      ["3", "down", null],
    ]);
    expect(changesOf("Futures were +1.2% and the index -0.7% at noon.")).toEqual([
      ["+1.2", "up", null],
      ["-0.7", "down", null],
    ]);
  });

  it("leaves levels, counts and transitive objects without a direction", () => {
    expect(changesOf("The plant employs 900 people and the firm will cut 300 jobs.")).toEqual([
      ["900", null, null],
      ["300", null, null],
    ]);
    expect(changesOf("The lake is 40 metres deep.")).toEqual([["40", null, null]]);
  });
});
