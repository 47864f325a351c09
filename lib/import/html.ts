import { Readability } from "@mozilla/readability";
import { blockTexts, maxDepth, MAX_READABLE_DEPTH, MAX_READABLE_ELEMENTS } from "./html-walk";
import { estimateDepth, MAX_PARSED_DEPTH, stripMarkup } from "./html-strip";
import { readPageMetadata, type PageMetadata } from "./page-metadata";
import { parsePage } from "./parse-page";

export interface HtmlText {
  title: string | undefined;
  siteName: string | undefined;
  text: string;
  /** What the page's own metadata says (JSON-LD, Open Graph, meta dates, canonical link). */
  metadata: PageMetadata;
}

const NO_METADATA: PageMetadata = {
  title: undefined,
  outlet: undefined,
  author: undefined,
  publishedAt: undefined,
  canonicalUrl: undefined,
};

/** Past this size the markup scan reads the page instead of a DOM (the standard parser builds one at
 * roughly 100-500 KB/s, and Readability's passes grow with the page). */
const MAX_PARSED_CHARS = 1_000_000;

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

/** The main article text of a page, one paragraph per block, no markup kept.
 * The page is parsed once (parse-page.ts), for its metadata and its text; scripts never run. Each step is only used within the sizes
 * it handles in bounded time: Readability for ordinary pages, a linear walk of the DOM for very large
 * ones, and a linear markup scan for pages nested too deeply to build a DOM for. */
export function htmlToText(html: string, pageUrl?: string): HtmlText {
  if (html.length > MAX_PARSED_CHARS || estimateDepth(html, MAX_PARSED_DEPTH) > MAX_PARSED_DEPTH) {
    const title = /<title[^>]{0,200}>([^<]{0,500})</i.exec(html)?.[1]?.replace(/\s+/g, " ").trim();
    return {
      title: title || undefined,
      siteName: undefined,
      text: stripMarkup(html).join("\n\n"),
      metadata: NO_METADATA,
    };
  }
  const document = parsePage(html);
  const metadata = readPageMetadata(document, pageUrl);
  // Read before Readability, which rewrites the document as it works. A few are enough.
  const headings = [...document.querySelectorAll("h1")]
    .slice(0, 5)
    .map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const readable =
    document.getElementsByTagName("*").length <= MAX_READABLE_ELEMENTS &&
    maxDepth(document.documentElement) <= MAX_READABLE_DEPTH;
  const result = readable
    ? readWithReadability(document, headings)
    : readPlainly(document, headings);
  return { ...result, metadata };
}

function readWithReadability(document: Document, headings: string[]): Omit<HtmlText, "metadata"> {
  // The article's element itself, not its HTML: nothing is serialised and parsed again.
  const article = new Readability<Element>(document, {
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  const container = article?.content ?? document.body ?? document.createElement("div");
  const paragraphs: string[] = [];
  const blocks = container.querySelectorAll(BLOCKS);
  for (const block of blocks) {
    // Nested blocks (a p inside a blockquote) are counted once, by their innermost element.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (container.textContent ?? "").replace(/[ \t]+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  return {
    title: withoutSiteName(article?.title?.trim(), headings),
    siteName: article?.siteName?.trim() || undefined,
    text: paragraphs.join("\n\n"),
  };
}

/** A very large or deeply nested page: the text of its article (or main, or body) in one linear
 * pass; the cleaning rules then remove the furniture Readability would have dropped. */
function readPlainly(document: Document, headings: string[]): Omit<HtmlText, "metadata"> {
  const root = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  const title = document.title.replace(/\s+/g, " ").trim() || undefined;
  return {
    title: withoutSiteName(title, headings),
    siteName: undefined,
    text: root ? blockTexts(root).join("\n\n") : "",
  };
}

/** "Emergency waits soar | Northern Herald" → "Emergency waits soar" when the page's own heading says so. */
function withoutSiteName(title: string | undefined, headings: string[]): string | undefined {
  if (!title) return headings[0];
  const heading = headings.find(
    (h) =>
      title.startsWith(h) && /^\s*[|\-\u2013\u2014:\u00B7\u2022]\s*\S/.test(title.slice(h.length)),
  );
  return heading ?? title;
}
