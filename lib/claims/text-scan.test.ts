import { describe, expect, it } from "vitest";
import { lowerByCodeUnit, lowerSameLength } from "./text-scan";

/** What lowering one code unit means: its lower case where that is one code unit, else itself. */
function lowerEach(text: string): string {
  let out = "";
  for (const unit of text.split("")) {
    const lower = unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}

describe("lowering code unit by code unit", () => {
  let every = "";
  for (let code = 0; code < 0x10000; code++) every += String.fromCharCode(code);

  it("lowers every code unit as it would alone, whether it starts a pair of units or ends one", () => {
    expect(lowerByCodeUnit(every)).toBe(lowerEach(every));
    expect(lowerByCodeUnit(every.slice(1))).toBe(lowerEach(every.slice(1)));
  });

  it("keeps every offset: a long text lowered whole matches its pieces lowered alone", () => {
    const text = `Ünited Kingdom: İstanbul, ΣΟΦΊΑ and AZ@[\`{ 1,370 `.repeat(400);
    const lower = lowerSameLength(text);
    expect(lower.length).toBe(text.length);
    expect(lowerByCodeUnit(text.slice(3, 5003))).toBe(lower.slice(3, 5003));
  });
});
