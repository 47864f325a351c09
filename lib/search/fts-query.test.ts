import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./fts-query";
import { splitMarks } from "./marks";

describe("toFtsQuery", () => {
  it("quotes every word so FTS5 operators are plain words", () => {
    expect(toFtsQuery("civilian deaths")).toBe('"civilian" "deaths"');
    expect(toFtsQuery("NOT a OR b NEAR(c)")).toBe('"NOT" "a" "OR" "b" "NEAR" "c"');
    expect(toFtsQuery('col:x -y "z')).toBe('"col" "x" "y" "z"');
  });
  it("keeps a quoted phrase", () => {
    expect(toFtsQuery('"civilian deaths" 2017')).toBe('"civilian deaths" "2017"');
  });
  it("returns null when nothing searchable is left", () => {
    expect(toFtsQuery(" ,;:!  ")).toBeNull();
    expect(toFtsQuery('""')).toBeNull();
  });
  it("keeps letters of any script and drops punctuation inside numbers", () => {
    expect(toFtsQuery("Ḥasaka 1,370")).toBe('"Ḥasaka" "1" "370"');
  });
  it("is linear on a long hostile input and bounds the number of words", () => {
    const long = "a ".repeat(200_000) + '"'.repeat(100_000);
    const t = performance.now();
    const q = toFtsQuery(long)!;
    expect(performance.now() - t).toBeLessThan(500);
    expect(q.split(" ").length).toBe(12);
  });
});

describe("splitMarks", () => {
  it("splits marked words from plain text", () => {
    expect(splitMarks("11 \u0001civilian\u0002 deaths")).toEqual([
      { text: "11 ", marked: false },
      { text: "civilian", marked: true },
      { text: " deaths", marked: false },
    ]);
  });
  it("leaves HTML as text", () => {
    expect(splitMarks("<img src=x onerror=alert(1)>")).toEqual([
      { text: "<img src=x onerror=alert(1)>", marked: false },
    ]);
  });
});
