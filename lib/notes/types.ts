/** The Tiptap JSON a note may hold: a deliberately small subset of what Tiptap can produce. */
export type NoteMark =
  { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };

export type NoteInline = { type: "text"; text: string; marks?: NoteMark[] } | { type: "hardBreak" };

export type NoteBlock =
  | { type: "paragraph"; content?: NoteInline[] }
  | { type: "bulletList"; content: NoteListItem[] }
  | { type: "orderedList"; attrs?: { start?: number }; content: NoteListItem[] }
  | { type: "blockquote"; content: NoteBlock[] };

export type NoteListItem = { type: "listItem"; content: NoteBlock[] };

export type NoteDoc = { type: "doc"; content: NoteBlock[] };

export const NOTE_NODE_TYPES = [
  "doc",
  "paragraph",
  "text",
  "hardBreak",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
] as const;
export const NOTE_MARK_TYPES = ["bold", "italic", "link"] as const;
export const NOTE_MAX_BYTES = 100 * 1024;
export const NOTE_MAX_DEPTH = 12;

/** Only these schemes may appear in a note's links (no javascript:, data:, vbscript:, relative paths). */
export function isSafeHref(href: string): boolean {
  if (href.length > 2048) return false;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}
