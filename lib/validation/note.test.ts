import { describe, expect, it } from "vitest";
import { addNoteSchema, noteDocSchema } from "./note";

const para = (text: string, marks?: unknown[]) => ({
  type: "paragraph",
  content: [{ type: "text", text, ...(marks ? { marks } : {}) }],
});
const doc = (...content: unknown[]) => ({ type: "doc", content });
const message = (value: unknown) => {
  const r = noteDocSchema.safeParse(value);
  return r.success ? null : r.error.issues[0]?.message;
};

describe("noteDocSchema", () => {
  it("accepts paragraphs, bold/italic/link marks, lists, quotes and hard breaks", () => {
    const value = doc(
      para("Source: ", [{ type: "bold" }]),
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "report",
            marks: [
              {
                type: "link",
                attrs: { href: "https://example.org/r", target: "_blank", rel: "x", class: null },
              },
            ],
          },
          { type: "hardBreak" },
        ],
      },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [para("one", [{ type: "italic" }])] }],
      },
      {
        type: "orderedList",
        attrs: { start: 3, type: null },
        content: [{ type: "listItem", content: [para("two")] }],
      },
      { type: "blockquote", content: [para("quoted")] },
    );
    const r = noteDocSchema.safeParse(value);
    expect(r.success).toBe(true);
    // Extra Tiptap link attributes are dropped; only href is kept.
    expect(JSON.stringify(r.data)).not.toContain("target");
  });

  it("refuses unknown nodes, naming them", () => {
    expect(message(doc({ type: "image", attrs: { src: "x" } }))).toMatch(/image/);
    expect(message(doc({ type: "heading", content: [] }))).toMatch(/heading/);
    expect(
      message(
        doc({
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "codeBlock" }] }],
        }),
      ),
    ).toMatch(/codeBlock/);
  });

  it("refuses unknown marks", () => {
    expect(message(doc(para("x", [{ type: "strike" }])))).toMatch(/strike/);
    expect(message(doc(para("x", [{ type: "textStyle", attrs: { color: "red" } }])))).toMatch(
      /textStyle/,
    );
  });

  it("refuses javascript:, data: and relative links", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>",
      "/relative",
      "vbscript:x",
    ]) {
      expect(message(doc(para("x", [{ type: "link", attrs: { href } }]))), href).toMatch(/http/);
    }
    expect(
      message(doc(para("x", [{ type: "link", attrs: { href: "mailto:desk@example.org" } }]))),
    ).toBeNull();
  });

  it("refuses notes over 100 KB", () => {
    expect(message(doc(para("a".repeat(101 * 1024))))).toMatch(/100 KB/);
    expect(message(doc(para("a".repeat(90 * 1024))))).toBeNull();
  });

  it("refuses empty notes, non-documents and deep nesting", () => {
    expect(message(doc({ type: "paragraph" }))).toMatch(/empty/);
    expect(message(doc(para("   ")))).toMatch(/empty/);
    expect(message("<p>hi</p>")).toMatch(/valid document/);
    let deep: unknown = para("x");
    for (let i = 0; i < 40; i++) deep = { type: "blockquote", content: [deep] };
    expect(message(doc(deep))).toMatch(/nested/);
  });

  it("is part of the add-note input", () => {
    expect(addNoteSchema.safeParse({ claimId: 1, doc: doc(para("ok")) }).success).toBe(true);
    expect(addNoteSchema.safeParse({ claimId: "1", doc: doc(para("ok")) }).success).toBe(false);
  });
});
