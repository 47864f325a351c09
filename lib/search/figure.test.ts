import { describe, expect, it } from "vitest";
import { readSearchFigure } from "./figure";

describe("readSearchFigure", () => {
  it("reads a figure written as an article writes it", () => {
    expect(readSearchFigure("841")).toBe(841);
    expect(readSearchFigure(" 1,114 ")).toBe(1114);
    expect(readSearchFigure("2.5 million")).toBe(2_500_000);
    expect(readSearchFigure("12%")).toBe(12);
    expect(readSearchFigure("two million")).toBe(2_000_000);
  });

  it("leaves words, and a number among words, to the text search", () => {
    expect(readSearchFigure("")).toBeUndefined();
    expect(readSearchFigure("civilians")).toBeUndefined();
    expect(readSearchFigure("841 civilians")).toBeUndefined();
    expect(readSearchFigure("9".repeat(100))).toBeUndefined();
  });
});
