import { describe, expect, it } from "vitest";
import { pasteArticleSchema } from "./import";

describe("pasteArticleSchema", () => {
  it("asks for the text in plain words whether the box sent nothing or only spaces", () => {
    for (const raw of [{}, { body: "  \n " }]) {
      const result = pasteArticleSchema.safeParse(raw);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["Paste the article text."]);
    }
  });
});
