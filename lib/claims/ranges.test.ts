import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import { lowerSameLength } from "./text-scan";

/** The fastest of a few runs, in milliseconds. */
function fastest(run: () => unknown, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A plain linear pass over the same input: lower-casing it and reading every character once. */
function plainScan(input: string): number {
  const lower = lowerSameLength(input);
  let digits = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

const N = 50_000;
const HOSTILE: Array<[string, string]> = [
  ["a number, then blanks with no joiner", `1${" ".repeat(N)}x`],
  ["a number, then blanks and a dash", `1${" ".repeat(N)}-${" ".repeat(N)}2`],
  ["dashes between blanks", `1 ${"- ".repeat(N / 2)}2`],
  ["digits and dashes", "1-".repeat(N / 2)],
  ["digits, blanks and dashes", "12 - ".repeat(N / 5)],
  ["no-break spaces and words", `3${"\u00a0".repeat(N)}to${"\u00a0".repeat(N)}4`],
  ["figures joined by to", "5 to ".repeat(N / 5)],
];

describe("the range joiner runs in linear time", () => {
  it.each(HOSTILE)("%s", (_name, input) => {
    detectClaims(input.slice(0, 2000)); // warm up
    const baseline = fastest(() => plainScan(input));
    const detector = fastest(() => detectClaims(input), 3);
    // A quadratic joiner takes over ten seconds on 50k characters (2.4 s on 20k blanks before the fix); the linear detector stays within a
    // constant factor of one plain pass (generous: the machine is shared and the input is all figures).
    expect(detector).toBeLessThan(5000 * baseline + 500);
  });

  it("still reads ranges, suspended hyphens and scores", () => {
    const values = (text: string) =>
      detectClaims(text).map((c) => (c.low !== null ? [c.low, c.high] : c.value));
    expect(
      values("Expect 10-15 storms, between 2 and 3 million people and 8- to 16-metre waves."),
    ).toEqual([
      [10, 15],
      [2e6, 3e6],
      [8, 16],
    ]);
    expect(values("They won 3-1 and then 2 – 4 inches fell.")).toEqual([[2, 4]]);
  });
});
