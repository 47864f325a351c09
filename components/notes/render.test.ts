import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { renderNote } from "./render";
import { notePlainText } from "@/lib/notes/plain-text";
import type { NoteDoc } from "@/lib/notes/types";

const html = (doc: NoteDoc) => renderToStaticMarkup(createElement("div", null, renderNote(doc)));

describe("renderNote", () => {
  it("renders each allowed node as its fixed element", () => {
    const out = html({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "bold", marks: [{ type: "bold" }, { type: "italic" }] },
            { type: "hardBreak" },
            {
              type: "text",
              text: "src",
              marks: [{ type: "link", attrs: { href: "https://ex.org/a?b=1" } }],
            },
          ],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }],
            },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 2 },
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "n" }] }],
            },
          ],
        },
        {
          type: "blockquote",
          content: [{ type: "paragraph", content: [{ type: "text", text: "q" }] }],
        },
      ],
    });
    expect(out).toBe(
      '<div><p><em><strong>bold</strong></em><br/><a href="https://ex.org/a?b=1" rel="noopener noreferrer nofollow ugc" target="_blank">src</a></p>' +
        '<ul><li><p>item</p></li></ul><ol start="2"><li><p>n</p></li></ol><blockquote><p>q</p></blockquote></div>',
    );
  });

  it("shows markup typed into a note as text", () => {
    const out = html({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "<img src=x onerror=alert(1)>" }] },
      ],
    });
    expect(out).toBe("<div><p>&lt;img src=x onerror=alert(1)&gt;</p></div>");
  });

  it("drops a link whose href is unsafe even if it reached storage", () => {
    const out = html({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "x",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    });
    expect(out).toBe("<div><p>x</p></div>");
  });

  it("ignores node types outside the schema", () => {
    const out = html({
      type: "doc",
      content: [{ type: "image", attrs: { src: "x" } } as never, { type: "paragraph" }],
    });
    expect(out).toBe("<div><p></p></div>");
  });
});

describe("notePlainText", () => {
  it("flattens paragraphs, lists and quotes to lines", () => {
    expect(
      notePlainText({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Checked " },
              { type: "text", text: "table 3", marks: [{ type: "bold" }] },
            ],
          },
          {
            type: "bulletList",
            content: [
              {
                type: "listItem",
                content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }],
              },
              {
                type: "listItem",
                content: [{ type: "paragraph", content: [{ type: "text", text: "b" }] }],
              },
            ],
          },
          {
            type: "orderedList",
            content: [
              {
                type: "listItem",
                content: [{ type: "paragraph", content: [{ type: "text", text: "c" }] }],
              },
            ],
          },
          {
            type: "blockquote",
            content: [{ type: "paragraph", content: [{ type: "text", text: "d" }] }],
          },
        ],
      }),
    ).toBe("Checked table 3\n- a\n- b\n1. c\n> d");
  });
});
