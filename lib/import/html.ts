import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { readPageMetadata, type PageMetadata } from "./page-metadata";

export interface HtmlText {
  title: string | undefined;
  siteName: string | undefined;
  text: string;
  /** What the page's own metadata says (JSON-LD, Open Graph, meta dates, canonical link). */
  metadata: PageMetadata;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

/** The main article text of a page, one paragraph per block, no markup kept.
 * Scripts never run: JSDOM is created without `runScripts`. */
export function htmlToText(html: string, pageUrl?: string): HtmlText {
  const dom = new JSDOM(html, { url: pageUrl ?? "https://import.invalid/" });
  const document = dom.window.document;
  const metadata = readPageMetadata(document, pageUrl);
  // Read before Readability, which rewrites the document as it works.
  const headings = [...document.querySelectorAll("h1")]
    .map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const article = new Readability(document, { keepClasses: false }).parse();
  const container = dom.window.document.createElement("div");
  container.innerHTML = article?.content ?? document.body?.innerHTML ?? "";
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
  dom.window.close();
  return {
    title: withoutSiteName(article?.title?.trim(), headings),
    siteName: article?.siteName?.trim() || undefined,
    text: paragraphs.join("\n\n"),
    metadata,
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
