import { describe, expect, it } from "vitest";
import { claimContext } from "./claim-context";

describe("claimContext", () => {
  const body =
    "First paragraph ends here.\nThe coalition admits killing at least 1,370 civilians in two countries since 2014, it said.";
  const start = body.indexOf("1,370");
  const end = start + "1,370 civilians".length;

  it("gives a few words either side, marked as cut", () => {
    expect(claimContext(body, start, end)).toEqual({
      before: "… admits killing at least",
      after: "in two countries since …",
    });
  });

  it("stops at a paragraph break and at the text's ends", () => {
    const s = body.indexOf("The");
    expect(claimContext(body, s, s + 3).before).toBe("");
    const last = body.indexOf("said.");
    expect(claimContext(body, last, body.length).after).toBe("");
  });

  it("reads only a bounded window, whatever the length of a run without spaces", () => {
    const long = "9".repeat(200_000);
    const { before, after } = claimContext(long, 100_000, 100_005);
    expect(before.length).toBeLessThanOrEqual(80);
    expect(after.length).toBeLessThanOrEqual(80);
  });
});
