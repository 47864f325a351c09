import { describe, expect, it } from "vitest";
import { estimateDepth, stripMarkup } from "./html-strip";
import { htmlToText } from "./html";

describe("reading markup without a DOM", () => {
  it("counts nesting from open and close tags, void elements aside", () => {
    expect(estimateDepth("<div><p>a<br>b<img src=x></p><p>c</p></div>")).toBe(2);
    expect(estimateDepth("<div>".repeat(1000))).toBe(1000);
  });

  it("keeps paragraphs, decodes entities, skips scripts, styles and comments", () => {
    const html =
      "<h1>Floods</h1><script>var a = '<p>no</p>';</script><style>p{}</style><!-- <p>hidden</p> -->" +
      "<p>The council said 12 &amp; 14 homes&#x2019; roofs</p><p>fell &lt; 5</p>";
    expect(stripMarkup(html)).toEqual([
      "Floods",
      "The council said 12 & 14 homes\u2019 roofs",
      "fell < 5",
    ]);
  });

  it("reads a page nested too deeply for a DOM without a stack overflow", () => {
    const page = `<html><head><title>Deep</title></head><body>${"<div>".repeat(50_000)}<p>The toll was 5.</p></body></html>`;
    const read = htmlToText(page);
    expect(read.title).toBe("Deep");
    expect(read.text).toBe("The toll was 5.");
  });
});
