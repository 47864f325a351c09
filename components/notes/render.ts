import { createElement, Fragment, type ReactNode } from "react";
import { isSafeHref, type NoteBlock, type NoteDoc, type NoteInline } from "@/lib/notes/types";

/**
 * Renders a stored note as React elements. Only the node types of the note schema exist here, each
 * mapped to one fixed tag; text is always a React text child (escaped), and a link's href is checked
 * again at render time, so a note can never inject markup or script even if a bad row reached the table.
 */
export function renderNote(doc: NoteDoc): ReactNode {
  return createElement(Fragment, null, ...doc.content.map((block, i) => renderBlock(block, i)));
}

function renderBlock(block: NoteBlock, key: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      return createElement("p", { key }, ...(block.content ?? []).map(renderInline));
    case "blockquote":
      return createElement("blockquote", { key }, ...block.content.map(renderBlock));
    case "bulletList":
    case "orderedList": {
      const items = block.content.map((item, i) =>
        createElement("li", { key: i }, ...item.content.map(renderBlock)),
      );
      return block.type === "bulletList"
        ? createElement("ul", { key }, ...items)
        : createElement("ol", { key, start: block.attrs?.start ?? undefined }, ...items);
    }
    default:
      return null;
  }
}

function renderInline(node: NoteInline, key: number): ReactNode {
  if (node.type === "hardBreak") return createElement("br", { key });
  if (node.type !== "text") return null;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = createElement("strong", null, out);
    else if (mark.type === "italic") out = createElement("em", null, out);
    else if (mark.type === "link" && isSafeHref(mark.attrs.href)) {
      out = createElement(
        "a",
        { href: mark.attrs.href, rel: "noopener noreferrer nofollow ugc", target: "_blank" },
        out,
      );
    }
  }
  return createElement(Fragment, { key }, out);
}
