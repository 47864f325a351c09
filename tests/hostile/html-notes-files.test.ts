import { expect, it } from "vitest";
import { htmlToText } from "@/lib/import/html";
import { itemsFromFile } from "@/lib/import/files";
import { noteDocSchema } from "@/lib/validation/note";
import { notePlainText } from "@/lib/notes/plain-text";
import { LADDER, overBudget } from "./budget";
import { hostileLines, repeated } from "./inputs";

const BIG_LADDER = [...LADDER, 256_000, 5_000_000];

function* hostileHtml(length: number) {
  const page = (label: string, body: string) => ({
    label: `${label} ×${length}`,
    input: `<html><head><title>T</title></head><body><article><h1>T</h1>${body}</article></body></html>`,
  });
  yield page("nested divs", repeated("<div>", length) + "The toll was 5.");
  yield page("nested blockquotes", repeated("<blockquote>", length) + "The toll was 5.");
  yield page("unclosed tags", repeated("<b><i>", length, "<p>", "x"));
  yield page("long paragraph", `<p>${repeated("The toll rose to 1,250. ", length)}</p>`);
  yield page("many paragraphs", repeated("<p>5 people</p>", length));
  yield page("entities", repeated("&amp;&#x35;", length, "<p>", "</p>"));
  yield page("angle brackets", repeated("<", length, "<p>", "</p>"));
  yield page("unclosed comment", repeated("-", length, "<!--", ""));
  yield page("long attribute", `<p title="${repeated("a", length)}">x</p>`);
  yield page("spaces", `<p>${repeated(" ", length, "password", "x")}</p>`);
}

it("reading an HTML page stays linear, deep nesting included, up to 5 MB", () => {
  const read = (html: string) => {
    try {
      return htmlToText(html);
    } catch (error) {
      // A page too deep to read is refused with a message; what matters here is that it is quick.
      return (error as Error).message;
    }
  };
  // A jsdom window and a Readability pass (bounded by the element and depth caps) cost up to a few
  // seconds on a busy machine whatever the page; past the caps the cost must grow linearly.
  expect(
    overBudget(hostileHtml, read, {
      ladder: [...LADDER, 128_000, 5_000_000],
      factor: 20_000,
      // A quadratic pass that fits under this at 16,000 characters is far over it at 128,000.
      constantMs: 6_000,
    }),
  ).toEqual([]);
}, 600_000);

function* hostileJson(length: number) {
  const file = (label: string, name: string, input: string) => ({
    label: `${label} ×${length}`,
    input: `${name}\n${input}`,
  });
  if (length > 1_000_000) {
    // At 5 MB, the single-line shapes (many small lines are checked at 256 KB).
    yield file("nested arrays", "a.json", repeated("[", length));
    yield file(
      "one long ndjson line",
      "a.ndjson",
      `{"body":"${repeated("The toll was 5. ", length)}"}`,
    );
    return;
  }
  yield file("nested arrays", "a.json", repeated("[", length));
  yield file("nested objects", "a.json", repeated('{"a":', length));
  yield file("nested in ndjson", "a.ndjson", repeated("[", length));
  yield file(
    "one long ndjson line",
    "a.ndjson",
    `{"body":"${repeated("The toll was 5. ", length)}"}`,
  );
  yield file("many ndjson lines", "a.ndjson", repeated('{"body":"x"}\n', length));
  yield file("blank ndjson lines", "a.ndjson", repeated("\r\n", length));
  yield file("long string", "a.json", `[{"body":"${repeated("\\\\", length)}"}]`);
}

it("splitting JSON and NDJSON uploads stays linear, deep nesting included", () => {
  const split = (content: string) => {
    const newline = content.indexOf("\n");
    return itemsFromFile(content.slice(0, newline), content.slice(newline + 1));
  };
  expect(overBudget(hostileJson, split, { ladder: BIG_LADDER })).toEqual([]);
}, 300_000);

/** Built as text: JSON.stringify itself overflows the stack on a very deep object. */
function nestedNoteJson(depth: number): string {
  const paragraph = '{"type":"paragraph","content":[{"type":"text","text":"5 people"}]}';
  return `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}${paragraph}${"]}".repeat(depth)}]}`;
}

function* hostileNotes(length: number) {
  const note = (label: string, doc: unknown) => ({
    label: `${label} ×${length}`,
    input: JSON.stringify(doc),
  });
  const paragraph = (text: string) => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
  yield note("deep nesting", nestedNoteJson(length));
  yield note("spaces", paragraph(repeated(" ", length, "password", "x")));
  for (const { label, input } of hostileLines(Math.min(length, 16_000), ["x"]))
    if (label.startsWith('""')) yield note(label, paragraph(input));
  yield note("many paragraphs", {
    type: "doc",
    content: Array.from({ length: length / 10 }, () => ({
      type: "paragraph",
      content: [{ type: "text", text: "5 people." }],
    })),
  });
}

it("note validation stays linear, deep nesting and long text included", () => {
  const validate = (json: string) => {
    const parsed = noteDocSchema.safeParse(JSON.parse(json));
    return parsed.success ? notePlainText(parsed.data) : parsed.error.issues[0]?.message;
  };
  expect(overBudget(hostileNotes, validate, { ladder: [...LADDER, 256_000] })).toEqual([]);
  expect(
    noteDocSchema.safeParse(JSON.parse(nestedNoteJson(100_000))).error?.issues[0]?.message,
  ).toMatch(/not a valid document|nested too deeply|too long/);
}, 300_000);
