import { env } from "@/lib/env";
import { MAX_FILE_BYTES } from "@/lib/import/limits";
import { parseAllowList } from "./address-policy";
import type { FetchLimits } from "./fetch-page";

/** One article page: the same size ceiling as an uploaded file. */
export const PAGE_TIMEOUT_MS = 15_000;
export const PAGE_MAX_REDIRECTS = 5;

export function pageFetchLimits(): FetchLimits {
  return {
    timeoutMs: PAGE_TIMEOUT_MS,
    maxBytes: MAX_FILE_BYTES,
    maxRedirects: PAGE_MAX_REDIRECTS,
    allow: parseAllowList(env().TALLY_FETCH_ALLOW),
  };
}
