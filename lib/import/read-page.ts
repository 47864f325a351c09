import { htmlToText } from "./html";
import { readArticle, type ReadArticle } from "./read-article";
import { articleInputSchema } from "./schema";
import type { PageMetadata } from "./page-metadata";

/** A fetched page read once: what it says about itself (for the preview and the kept page), and the
 * article as an import of it, with no corrections, stores it. Plain data, so it can run in a worker. */
export type ReadPage =
  | {
      ok: true;
      metadata: PageMetadata;
      text: string;
      /** The address the article is stored under: the page's canonical URL, else where it was found. */
      url: string;
      /** Undefined when the page's own data does not make a valid import (the import then says why). */
      article: ReadArticle | undefined;
    }
  | { ok: false; error: string };

export function readPage(html: string, pageUrl: string): ReadPage {
  let read;
  try {
    read = htmlToText(html, pageUrl);
  } catch (error) {
    return { ok: false, error: `Could not read the page: ${(error as Error).message}` };
  }
  const url = read.metadata.canonicalUrl ?? pageUrl;
  const input = articleInputSchema.safeParse({ html, url });
  return {
    ok: true,
    metadata: { ...read.metadata, title: read.title ?? read.metadata.title },
    text: read.text,
    url,
    // The same reading, not a second parse of the page.
    article: input.success ? readArticle(input.data, read) : undefined,
  };
}
