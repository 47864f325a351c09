import { describe, expect, it } from "vitest";
import { reanchor } from "./anchor";
import { quoteContext } from "./context";

const original =
  "Officials said at least 841 civilians died. Later, at least 841 civilians were counted again in Raqqa.";
const second = original.lastIndexOf("at least 841 civilians");
const anchor = {
  ...quoteContext(original, second, second + "at least 841 civilians".length),
  start: second,
};

describe("quoteContext", () => {
  it("takes the quote and up to `width` characters either side", () => {
    const context = quoteContext("abcdefghij", 4, 6, 3);
    expect(context).toEqual({ quote: "ef", prefix: "bcd", suffix: "ghi" });
  });
});

describe("reanchor", () => {
  it("finds the same occurrence when text is inserted before it", () => {
    const changed = `BREAKING. ${original}`;
    const found = reanchor(anchor, changed);
    expect(found).toEqual({ start: second + 10, end: second + 10 + anchor.quote.length });
  });

  it("uses context to pick the right one of two identical quotes", () => {
    const changed = original.replace(
      "Officials said",
      "Officials in Baghdad said on Thursday that",
    );
    const found = reanchor(anchor, changed);
    expect(found?.start).toBe(changed.lastIndexOf("at least 841 civilians"));
  });

  it("falls back to the quote nearest the old offset when the context changed", () => {
    const changed = "Intro. at least 841 civilians (revised figure) and nothing else.";
    const found = reanchor(
      { quote: "at least 841 civilians", prefix: "zzz", suffix: "yyy", start: 5 },
      changed,
    );
    expect(found).toEqual({ start: 7, end: 29 });
  });

  it("finds an edited quote between its surviving prefix and suffix", () => {
    const changed = original.replace(
      "Later, at least 841 civilians were",
      "Later, at least 852 civilians were",
    );
    const found = reanchor(anchor, changed);
    expect(found && changed.slice(found.start, found.end)).toBe("at least 852 civilians");
  });

  it("returns null when the claim is gone", () => {
    expect(reanchor(anchor, "A completely different article about football.")).toBeNull();
  });
});
