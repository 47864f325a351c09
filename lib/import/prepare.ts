import { cleanArticleText, type RemovedPiece } from "./clean";
import { normalizeNewlines, bodyHash } from "./normalize";
import { parsePublishedDate } from "./dates";
import { htmlToText } from "./html";
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

/** From raw input to what is stored: main text, furniture removed, metadata filled in. */
export function prepareArticle(input: ParsedArticleInput): PreparedArticle {
  const fromHtml = input.html ? htmlToText(input.html) : null;
  const raw = normalizeNewlines(fromHtml?.text ?? input.body ?? "");
  const cleaned = cleanArticleText(raw, { title: input.title ?? fromHtml?.title });
  const title = input.title ?? fromHtml?.title ?? cleaned.title ?? "Untitled article";
  const publishedAt =
    (input.publishedAt ? parsePublishedDate(input.publishedAt) : null) ??
    cleaned.publishedAt ??
    null;
  return {
    title: title.slice(0, 500),
    outlet: input.outlet ?? cleaned.outlet ?? fromHtml?.siteName ?? null,
    url: input.url ?? cleaned.url ?? null,
    urlFromText: !input.url && cleaned.url !== undefined,
    publishedAt,
    body: cleaned.body,
    bodyHash: bodyHash(cleaned.body),
    removed: cleaned.removed,
  };
}
