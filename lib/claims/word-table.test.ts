import { describe, expect, it } from "vitest";
import { WordTable, wordSet } from "./word-table";

describe("WordTable", () => {
  const verbs = new WordTable<"up" | "down">([
    ["rose", "up"],
    ["fell", "down"],
  ]);

  it("finds a word where it stands in the text, by its exact characters", () => {
    const text = "sales rose 4% and costs fell";
    expect(verbs.get(text, 6, 10)).toBe("up");
    expect(verbs.get(text, 24, 28)).toBe("down");
    expect(verbs.get(text, 6, 9)).toBeUndefined(); // "ros"
    expect(verbs.get(text, 5, 10)).toBeUndefined(); // " rose"
    expect(verbs.get(text, 10, 10)).toBeUndefined(); // empty
  });

  it("takes a whole string like a Set", () => {
    const set = wordSet("the a an");
    expect(set.has("the")).toBe(true);
    expect(set.has("they")).toBe(false);
    expect(set.has("")).toBe(false);
  });

  it("finds nothing for Object's own member names", () => {
    const set = wordSet("one two");
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"])
      expect(set.has(name)).toBe(false);
  });

  it("holds many words without losing any (collisions probe onward)", () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}x`);
    const set = wordSet(words.join(" "));
    for (const word of words) expect(set.has(`..${word}..`, 2, 2 + word.length)).toBe(true);
    expect(set.has("w0y")).toBe(false);
  });
});
