import type { NoteBlock, NoteDoc, NoteInline } from "./types";

function inlineText(content: NoteInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");
}

function blockText(block: NoteBlock): string[] {
  switch (block.type) {
    case "paragraph":
      return [inlineText(block.content)];
    case "blockquote":
      return block.content.flatMap(blockText).map((line) => `> ${line}`);
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((item, i) => {
        const bullet = block.type === "bulletList" ? "-" : `${(block.attrs?.start ?? 1) + i}.`;
        const [first = "", ...rest] = item.content.flatMap(blockText);
        return [`${bullet} ${first}`, ...rest.map((line) => `  ${line}`)];
      });
  }
}

/** The note as plain text, one line per paragraph or list item: what search matches against. */
export function notePlainText(doc: NoteDoc): string {
  return doc.content.flatMap(blockText).join("\n").trim();
}
