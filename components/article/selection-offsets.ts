/** Where a DOM selection inside the article text falls in the article body.
 * Each paragraph carries `data-offset` (its start in the body) and renders exactly body.slice(start, end)
 * as text (marks included), so a Range's text length from the paragraph start is the offset within it. */
export interface BodySelection {
  start: number;
  end: number;
  quote: string;
}

function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const p = element?.closest<HTMLElement>("[data-offset]") ?? null;
  return p && root.contains(p) ? p : null;
}

function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.offset) + range.toString().length;
}

export function bodySelection(
  selection: Selection | null,
  root: HTMLElement,
): BodySelection | { error: string } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startP = paragraphOf(range.startContainer, root);
  const endP = paragraphOf(range.endContainer, root);
  if (!startP || !endP) return null;
  if (startP !== endP) return { error: "Select text within one paragraph." };
  let start = offsetIn(startP, range.startContainer, range.startOffset);
  let end = offsetIn(startP, range.endContainer, range.endOffset);
  const raw = range.toString();
  // Double-click selections often take a trailing space; the claim is the words only.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  start += lead;
  end -= trail;
  if (end <= start) return null;
  return { start, end, quote: raw.slice(lead, raw.length - trail) };
}
