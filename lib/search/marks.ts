/** The markers the database puts around matched words in snippets: control characters, which imported
 * text never contains, so a snippet is split into plain text and marked text and never parsed as HTML. */
export const MARK_OPEN = "\u0001";
export const MARK_CLOSE = "\u0002";
/** Put by snippet() where it cut the text. */
export const ELLIPSIS = "…";

export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/** "a \u0001b\u0002 c" → [{a }, {b, marked}, { c}]. A stray marker is dropped, never shown. */
export function splitMarks(snippet: string): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (text) pieces.push({ text, marked });
    text = "";
  };
  for (const ch of snippet) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      marked = ch === MARK_OPEN;
    } else text += ch;
  }
  flush();
  return pieces;
}

/** For the API: the plain text and the [start, end) offsets of the marked words in it. */
export function toMarkedText(snippet: string): { text: string; marks: [number, number][] } {
  let text = "";
  const marks: [number, number][] = [];
  for (const piece of splitMarks(snippet)) {
    if (piece.marked) marks.push([text.length, text.length + piece.text.length]);
    text += piece.text;
  }
  return { text, marks };
}
