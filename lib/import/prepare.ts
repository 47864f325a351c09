import { cleanArticleText, type RemovedPiece } from "./clean";
import { normalizeNewlines, bodyHash } from "./normalize";
import { parsePublishedDate } from "./dates";
import { htmlToText } from "./html";
import type { ParsedArticleInput } from "./schema";

export interface PreparedArticle {
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
  bodyHash: string;
  removed: RemovedPiece[];
}

/** From raw input to what is stored: main text, furniture removed, metadata filled in. */
export function prepareArticle(input: ParsedArticleInput): PreparedArticle {
  const fromHtml = input.html ? htmlToText(input.html, input.url) : null;
  const page = fromHtml?.metadata;
  const raw = normalizeNewlines(fromHtml?.text ?? input.body ?? "");
  const cleaned = cleanArticleText(raw, { title: input.title ?? fromHtml?.title });
  const title =
    input.title ?? fromHtml?.title ?? page?.title ?? cleaned.title ?? "Untitled article";
  // The page's own metadata is more specific than a date or signature found in its text.
  const publishedAt =
    (input.publishedAt ? parsePublishedDate(input.publishedAt) : null) ??
    page?.publishedAt ??
    cleaned.publishedAt ??
    null;
  return {
    title: title.slice(0, 500),
    outlet: input.outlet ?? page?.outlet ?? cleaned.outlet ?? fromHtml?.siteName ?? null,
    url: input.url ?? page?.canonicalUrl ?? cleaned.url ?? null,
    publishedAt,
    body: cleaned.body,
    bodyHash: bodyHash(cleaned.body),
    removed: cleaned.removed,
  };
}
