import { describe, expect, it } from "vitest";
import { formatUnit } from "./format";

describe("formatUnit", () => {
  it("shows a currency that the unit repeats once", () => {
    expect(formatUnit("USD", "USD")).toBe("USD");
    expect(formatUnit("EUR", "eur")).toBe("EUR");
  });
  it("keeps a currency and a different unit side by side", () => {
    expect(formatUnit("USD", "per barrel")).toBe("USD per barrel");
  });
  it("shows whichever one is there, or nothing", () => {
    expect(formatUnit(null, "%")).toBe("%");
    expect(formatUnit("GBP", null)).toBe("GBP");
    expect(formatUnit(null, null)).toBe("");
    expect(formatUnit("", " ")).toBe("");
  });
});
