import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("can", () => {
  it("orders roles checker < editor < admin", () => {
    expect(can("checker", "claim.annotate")).toBe(true);
    expect(can("checker", "claim.decide")).toBe(false);
    expect(can("editor", "claim.decide")).toBe(true);
    expect(can("editor", "article.import")).toBe(false);
    expect(can("admin", "article.import")).toBe(true);
    expect(can("admin", "claim.annotate")).toBe(true);
  });
});
