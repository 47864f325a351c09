import { detectClaims, type DetectedClaim } from "@/lib/claims";
import type { HtmlText } from "./html";
import { prepareArticle, type PreparedArticle } from "./prepare";
import type { ParsedArticleInput } from "./schema";

/** The CPU-heavy, pure part of an import: HTML extraction, cleaning and claim detection.
 * Plain data in and out, so it can run in a worker thread. */
export type ReadArticle =
  { ok: true; prepared: PreparedArticle; detected: DetectedClaim[] } | { ok: false; error: string };

/** `page` is the input's HTML already read (read-page.ts), so it is not parsed twice. */
export function readArticle(input: ParsedArticleInput, page?: HtmlText): ReadArticle {
  let prepared: PreparedArticle;
  try {
    prepared = prepareArticle(input, page);
  } catch (error) {
    return { ok: false, error: `Could not read the article: ${(error as Error).message}` };
  }
  if (!prepared.body.trim())
    return { ok: false, error: "Nothing is left of the article after cleaning." };
  return { ok: true, prepared, detected: detectClaims(prepared.body) };
}
