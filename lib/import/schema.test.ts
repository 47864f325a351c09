import { describe, expect, it } from "vitest";
import { articleInputSchema } from "./schema";

describe("articleInputSchema", () => {
  it("refuses a published date it cannot read, with a specific message", () => {
    const parsed = articleInputSchema.safeParse({
      body: "Some 54 civilians died.",
      publishedAt: "last Thursday-ish",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/Published date is not a date Tally can read/);
  });
  it("accepts the ways news pages print a date", () => {
    for (const publishedAt of ["2020-02-14", "February 14, 2020", "Thu Dec 1, 2016 22:09:14"]) {
      expect(
        articleInputSchema.safeParse({ body: "Some 54 civilians died.", publishedAt }).success,
        publishedAt,
      ).toBe(true);
    }
  });
});
