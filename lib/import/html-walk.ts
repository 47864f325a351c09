/** Linear-time reading of a parsed page, for pages too large or too deep for Readability (whose
 * passes cost about elements × depth and retry up to four times). */

/** Past these, Readability is not run: its time grows with elements × depth (a page of 400 nested
 * divs took 21 s), while real article pages stay well inside both. */
export const MAX_READABLE_ELEMENTS = 3_000;
export const MAX_READABLE_DEPTH = 64;

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "NAV",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FORM",
  "SVG",
  "IFRAME",
  "BUTTON",
  "SELECT",
]);
const BREAKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "PRE",
  "BR",
  "TR",
  "TABLE",
  "FIGURE",
  "FIGCAPTION",
  "DD",
  "DT",
  "HR",
]);

/** The deepest element nesting under `root`, found with an explicit stack (no recursion to overflow). */
export function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The text of `root` as paragraphs: one pass in document order, a paragraph break at each block
 * element, page chrome (navigation, forms, scripts) skipped. */
export function blockTexts(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  // Entries are nodes to visit, or null for "a block element ended here".
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    const block = BREAKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs;
}
