/** Reading markup without building a DOM, for pages nested too deeply for one: jsdom's tree
 * insertion walks every ancestor (quadratic in depth, and a stack overflow past ~10,000 levels). */

/** Elements that never hold children, so they never deepen the nesting. */
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr".split(" "),
);
/** Elements whose content is not text to read. */
const RAW = new Set(["script", "style", "template", "noscript", "textarea", "title"]);
const BREAKS = new Set(
  "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre br tr table figure figcaption dd dt hr header footer nav aside".split(
    " ",
  ),
);
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Past this estimated depth the page is read by `stripMarkup` instead of jsdom. */
export const MAX_PARSED_DEPTH = 256;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

/** Reads tags left to right. The next ">" is remembered, so a long run of "<" without one costs one
 * search, not one per "<". Returns "end" once no ">" is left (nothing after can be a tag), or null
 * when the "<" at `lt` does not open a tag (then it is text). */
function tagReader(html: string): (lt: number) => Tag | null | "end" {
  let gt = -1;
  return (lt) => {
    if (gt !== Infinity && gt <= lt) {
      gt = html.indexOf(">", lt + 1);
      if (gt < 0) gt = Infinity;
    }
    if (gt === Infinity) return "end";
    let i = lt + 1;
    const closing = html[i] === "/";
    if (closing) i++;
    const start = i;
    while (i < gt && /[A-Za-z0-9-]/.test(html[i]!)) i++;
    if (i === start) return null;
    return {
      name: html.slice(start, i).toLowerCase(),
      closing,
      selfClosing: html[gt - 1] === "/",
      end: gt + 1,
    };
  };
}

/** How deep elements nest, counted from open and close tags in one pass (an upper bound: tags the
 * parser would close by itself, like a run of <p>, count as open). */
export function estimateDepth(html: string, stopAt = Infinity): number {
  const readTag = tagReader(html);
  let depth = 0;
  let deepest = 0;
  for (let lt = html.indexOf("<"); lt >= 0 && deepest <= stopAt; lt = html.indexOf("<", lt + 1)) {
    const tag = readTag(lt);
    if (tag === "end") break;
    if (!tag) continue;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (!tag.selfClosing && !VOID.has(tag.name)) deepest = Math.max(deepest, ++depth);
    lt = tag.end - 1;
  }
  return deepest;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? whole;
    const n =
      code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/** The text of a page as paragraphs, a break at each block tag, in one pass over the markup. */
export function stripMarkup(html: string): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = decodeEntities(current).replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const readTag = tagReader(html);
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    if (lt < 0) {
      current += html.slice(at);
      break;
    }
    current += html.slice(at, lt);
    const tag = readTag(lt);
    if (tag === "end") {
      current += html.slice(lt);
      break;
    }
    if (!tag) {
      // A comment or doctype: skip to its end; a stray "<" is text.
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        at = close < 0 ? html.length : close + 3;
      } else if (html[lt + 1] === "!" || html[lt + 1] === "?") {
        at = html.indexOf(">", lt) + 1;
      } else {
        current += "<";
        at = lt + 1;
      }
      continue;
    }
    at = tag.end;
    if (!tag.closing && RAW.has(tag.name)) {
      const close = new RegExp(`</${tag.name}`, "gi");
      close.lastIndex = at;
      at = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (BREAKS.has(tag.name)) flush();
  }
  flush();
  return paragraphs;
}
