import type { Db } from "@/db";
import { getFetchedPageById, insertFetchedPage, linkFetchedPage } from "@/db/queries/fetched-pages";
import { fetchPage, FetchPageError, type FetchLimits } from "@/lib/fetch/fetch-page";
import { pageFetchLimits } from "@/lib/fetch/limits";
import { htmlToText } from "@/lib/import/html";
import { importArticle, type ImportOutcome } from "@/db/services/import-article";
import type { UrlPreview } from "@/lib/import/url-preview";

export type { UrlPreview };

export type PreviewResult = { ok: true; preview: UrlPreview } | { ok: false; error: string };

/** Corrections an admin made to what the page said. Empty fields keep the page's value. */
export interface PageOverrides {
  title?: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
}

/** Fetches a page within the limits and keeps its HTML (so the import and any later
 * re-extraction need no network), returning what it says about itself. */
export async function fetchPageForImport(
  db: Db,
  {
    actorId,
    url,
    feedId,
    limits = pageFetchLimits(),
  }: {
    actorId: number | null;
    url: string;
    feedId?: number;
    limits?: FetchLimits;
  },
): Promise<PreviewResult> {
  let fetched;
  try {
    fetched = await fetchPage(url, limits);
  } catch (error) {
    if (error instanceof FetchPageError) return { ok: false, error: error.message };
    throw error;
  }
  if (!/html|xml/i.test(fetched.contentType) && !/^\s*</.test(fetched.body))
    return {
      ok: false,
      error: `The address returned ${fetched.contentType || "something"} rather than a web page.`,
    };
  let read;
  try {
    read = htmlToText(fetched.body, fetched.finalUrl);
  } catch (error) {
    return { ok: false, error: `Could not read the page: ${(error as Error).message}` };
  }
  const canonicalUrl = read.metadata.canonicalUrl ?? null;
  const page = insertFetchedPage(db, {
    requestedUrl: fetched.requestedUrl,
    finalUrl: fetched.finalUrl,
    canonicalUrl,
    contentType: fetched.contentType.slice(0, 200),
    html: fetched.body,
    bytes: fetched.bytes,
    fetchedBy: actorId,
    feedId: feedId ?? null,
  });
  const words = read.text.split(/\s+/).filter(Boolean).length;
  return {
    ok: true,
    preview: {
      pageId: page.id,
      requestedUrl: fetched.requestedUrl,
      finalUrl: fetched.finalUrl,
      metadata: { ...read.metadata, title: read.title ?? read.metadata.title },
      url: canonicalUrl ?? fetched.finalUrl,
      paragraphs: read.text ? read.text.split("\n\n").length : 0,
      words,
      excerpt: read.text.slice(0, 400),
    },
  };
}

/** Imports a kept page through the one import path, with the admin's corrections on top of what
 * the page said. The same article reached by another URL has the same canonical URL and text, so
 * it comes back as a duplicate (or, if its text changed, as an update of the one article). */
export function importFetchedPage(
  db: Db,
  {
    actorId,
    pageId,
    overrides = {},
  }: { actorId: number | null; pageId: number; overrides?: PageOverrides },
): ImportOutcome {
  const page = getFetchedPageById(db, { id: pageId });
  if (!page)
    return {
      status: "failed",
      error: "That fetched page no longer exists; read the address again.",
    };
  const outcome = importArticle(
    db,
    {
      html: page.html,
      url: overrides.url || page.canonicalUrl || page.finalUrl,
      title: overrides.title,
      outlet: overrides.outlet,
      publishedAt: overrides.publishedAt,
    },
    { actorId },
  );
  if (outcome.status !== "failed")
    linkFetchedPage(db, { id: page.id, articleId: outcome.articleId });
  return outcome;
}

/** Fetch and import in one step, taking the page's metadata as it is (the API, the CLI, feeds). */
export async function importByUrl(
  db: Db,
  options: {
    actorId: number | null;
    url: string;
    feedId?: number;
    limits?: FetchLimits;
    overrides?: PageOverrides;
  },
): Promise<ImportOutcome & { url?: string }> {
  const read = await fetchPageForImport(db, options);
  if (!read.ok) return { status: "failed", error: read.error };
  return {
    ...importFetchedPage(db, {
      actorId: options.actorId,
      pageId: read.preview.pageId,
      overrides: options.overrides,
    }),
    url: read.preview.url,
  };
}
