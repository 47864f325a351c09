import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, delayAfter, opensAt, throttledMessage } from "./throttle";

describe("sign-in throttle", () => {
  const rule = ACCOUNT_RULE;
  it("lets the first few failures through with no delay", () => {
    for (let n = 0; n <= rule.free; n++) expect(delayAfter(n, rule)).toBe(0);
  });
  it("doubles the delay with each further failure, up to the cap", () => {
    expect(delayAfter(rule.free + 1, rule)).toBe(rule.baseMs);
    expect(delayAfter(rule.free + 2, rule)).toBe(2 * rule.baseMs);
    expect(delayAfter(rule.free + 3, rule)).toBe(4 * rule.baseMs);
    expect(delayAfter(rule.free + 40, rule)).toBe(rule.capMs);
    expect(delayAfter(1e9, rule)).toBe(rule.capMs);
  });
  it("counts from the last failure and opens once the delay has passed", () => {
    const lastAt = 1_000_000;
    const failures = rule.free + 2;
    expect(opensAt({ failures, lastAt }, rule, lastAt + 1)).toBe(lastAt + 2 * rule.baseMs);
    expect(opensAt({ failures, lastAt }, rule, lastAt + 2 * rule.baseMs)).toBeNull();
    expect(opensAt({ failures: 0, lastAt: null }, rule, lastAt)).toBeNull();
  });
  it("says how long to wait", () => {
    expect(throttledMessage(10_500, 0)).toBe("Too many failed attempts. Try again in 11 seconds.");
    expect(throttledMessage(4 * 60_000, 0)).toBe(
      "Too many failed attempts. Try again in 4 minutes.",
    );
  });
});
