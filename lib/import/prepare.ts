import { cleanArticleText, type RemovedPiece } from "./clean";
import { normalizeNewlines, bodyHash } from "./normalize";
import { parsePublishedDate } from "./dates";
import { htmlToText, type HtmlText } from "./html";
import type { ParsedArticleInput } from "./schema";

export interface PreparedArticle {
  title: string;
  outlet: string | null;
  url: string | null;
  /** The URL was read from a link line in the text, not given in the import's URL field. */
  urlFromText: boolean;
  publishedAt: string | null;
  body: string;
  bodyHash: string;
  removed: RemovedPiece[];
}

/** From raw input to what is stored: main text, furniture removed, metadata filled in. `page` is the
 * input's HTML when it was already read (a fetched page), so it is not parsed again. */
export function prepareArticle(input: ParsedArticleInput, page?: HtmlText): PreparedArticle {
  const fromHtml = input.html ? (page ?? htmlToText(input.html, input.url)) : null;
  const metadata = fromHtml?.metadata;
  const raw = normalizeNewlines(fromHtml?.text ?? input.body ?? "");
  const cleaned = cleanArticleText(raw, { title: input.title ?? fromHtml?.title });
  const title =
    input.title ?? fromHtml?.title ?? metadata?.title ?? cleaned.title ?? "Untitled article";
  // The page's own metadata is more specific than a date or signature found in its text.
  const publishedAt =
    (input.publishedAt ? parsePublishedDate(input.publishedAt) : null) ??
    metadata?.publishedAt ??
    cleaned.publishedAt ??
    null;
  return {
    title: title.slice(0, 500),
    outlet: input.outlet ?? metadata?.outlet ?? cleaned.outlet ?? fromHtml?.siteName ?? null,
    url: input.url ?? metadata?.canonicalUrl ?? cleaned.url ?? null,
    // A page's own canonical link counts as its text: only the import's URL field may update another article.
    urlFromText: !input.url && (metadata?.canonicalUrl ?? cleaned.url) !== undefined,
    publishedAt,
    body: cleaned.body,
    bodyHash: bodyHash(cleaned.body),
    removed: cleaned.removed,
  };
}
