import { JSDOM } from "jsdom";
import { DOMParser as LightParser } from "linkedom";

/**
 * One parse of a page into a DOM, for its metadata and for Readability alike.
 *
 * linkedom builds an ordinary news page in about a millisecond (jsdom needs a new window of tens of
 * milliseconds per page), but it builds only what the markup spells out: it adds no <html>, <head> or
 * <body> a browser would infer and does not move stray tags into them. So it is used when its tree has
 * the shape the standard parser would give (html > head, body and nothing else); any other page is
 * parsed by jsdom's standard HTML parser, in one window kept for the process. Scripts never run:
 * neither parser executes them.
 */
export function parsePage(html: string): Document {
  const light = new LightParser().parseFromString(html, "text/html") as unknown as Document;
  if (hasStandardShape(light)) return light;
  return standardParser().parseFromString(html, "text/html");
}

function hasStandardShape(document: Document): boolean {
  const root = document.documentElement;
  if (root?.tagName !== "HTML") return false;
  const head = root.firstElementChild;
  const body = head?.nextElementSibling;
  return head?.tagName === "HEAD" && body?.tagName === "BODY" && !body.nextElementSibling;
}

let window: JSDOM["window"] | undefined;

/** A DOMParser of one jsdom window: parsing into it costs the page, not a window each time. */
function standardParser(): DOMParser {
  window ??= new JSDOM("").window;
  return new window.DOMParser();
}
