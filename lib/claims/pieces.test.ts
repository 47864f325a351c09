import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import { NEWS_SENTENCES } from "./fixtures/news-sentences";

/**
 * A long text is read in pieces that end at line breaks. No rule may read across a line break, so
 * every line of a long text must give exactly the claims it gives alone, shifted to where it stands.
 */
describe("a long text read in pieces", () => {
  const seeds = readdirSync(path.join(process.cwd(), "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(process.cwd(), "seeds", f), "utf8"));
  const lines = [
    ...seeds.flatMap((s) => s.split("\n")),
    ...NEWS_SENTENCES.map(([sentence]) => sentence),
  ];
  // Long enough for many pieces, so many lines meet a piece boundary.
  const repeated = Array.from({ length: 6 }, () => lines).flat();
  const text = repeated.join("\n");

  it("gives each line the claims it has alone", () => {
    expect(text.length).toBeGreaterThan(60_000);
    const expected = [];
    let offset = 0;
    for (const line of repeated) {
      for (const claim of detectClaims(line))
        expected.push({
          ...claim,
          start: claim.start + offset,
          end: claim.end + offset,
          numberStart: claim.numberStart + offset,
          numberEnd: claim.numberEnd + offset,
          sentenceStart: claim.sentenceStart + offset,
          sentenceEnd: claim.sentenceEnd + offset,
        });
      offset += line.length + 1;
    }
    expect(detectClaims(text)).toEqual(expected);
  });
});

describe("claims kept in reused columns until the text is read", () => {
  it("gives each call its own claims, with nulls and links intact", () => {
    const first = detectClaims(
      "Prices fell from 3.1 per cent to 2.9 per cent, and 40 homes were lost.",
    );
    const again = detectClaims(
      "Prices fell from 3.1 per cent to 2.9 per cent, and 40 homes were lost.",
    );
    expect(again).toEqual(first);
    expect(first.map((c) => [c.value, c.from, c.change, c.low, c.counted])).toEqual([
      [3.1, null, null, null, null],
      [2.9, 3.1, "down", null, null],
      [40, null, null, null, "homes"],
    ]);
    // A later figure gives the earlier one its starting level: written back into the earlier row.
    const later = detectClaims("Unemployment fell to 2.9% from 3.1% in May.");
    expect(later.map((c) => [c.value, c.from, c.change])).toEqual([
      [2.9, 3.1, "down"],
      [3.1, null, null],
    ]);
    expect(detectClaims("No figures here.")).toEqual([]);
    const range = detectClaims("between 200 and 300 people")[0]!;
    expect([range.low, range.high, range.counted, range.subject]).toEqual([
      200,
      300,
      "people",
      "people",
    ]);
  });
});
