import type { Db } from "@/db";
import type { DbOrTx } from "@/db/queries/audit";
import { writeTransaction } from "@/db/write-transaction";
import { getFetchedPageById, insertFetchedPage, linkFetchedPage } from "@/db/queries/fetched-pages";
import {
  fetchPage,
  FetchPageError,
  type FetchedPage,
  type FetchLimits,
} from "@/lib/fetch/fetch-page";
import { pageFetchLimits } from "@/lib/fetch/limits";
import type { ReadArticle } from "@/lib/import/read-article";
import { readPageOffThread } from "@/lib/import/read-off-thread";
import type { ReadPage } from "@/lib/import/read-page";
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

/** A page fetched and read once, off the event loop, before anything is stored. */
export type FetchedRead =
  | { ok: true; fetched: FetchedPage; read: Extract<ReadPage, { ok: true }> }
  | { ok: false; error: string };

/** Fetches a page within the limits and reads it in a worker thread (metadata, text, and the article
 * an import of it stores): nothing is written, so several pages can be fetched and read at once. */
export async function fetchAndReadPage(url: string, limits: FetchLimits): Promise<FetchedRead> {
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
  const read = await readPageOffThread({ html: fetched.body, pageUrl: fetched.finalUrl });
  if (!read.ok) return read;
  return { ok: true, fetched, read };
}

/** Keeps a fetched page's HTML (so the import and any later re-extraction need no network) and
 * returns what it says about itself. */
export function keepFetchedPage(
  db: DbOrTx,
  { fetched, read }: Extract<FetchedRead, { ok: true }>,
  { actorId, feedId }: { actorId: number | null; feedId?: number },
): UrlPreview {
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
    pageId: page.id,
    requestedUrl: fetched.requestedUrl,
    finalUrl: fetched.finalUrl,
    metadata: read.metadata,
    url: canonicalUrl ?? fetched.finalUrl,
    paragraphs: read.text ? read.text.split("\n\n").length : 0,
    words,
    excerpt: read.text.slice(0, 400),
  };
}

/** Fetches a page within the limits and keeps its HTML, returning what it says about itself. */
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
  const read = await fetchAndReadPage(url, limits);
  if (!read.ok) return read;
  return { ok: true, preview: keepFetchedPage(db, read, { actorId, feedId }) };
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
    read,
  }: {
    actorId: number | null;
    pageId: number;
    overrides?: PageOverrides;
    /** The page's article as read when it was fetched; only without corrections, which change it. */
    read?: ReadArticle;
  },
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
    { actorId, read: hasOverrides(overrides) ? undefined : read },
  );
  if (outcome.status !== "failed")
    linkFetchedPage(db, { id: page.id, articleId: outcome.articleId });
  return outcome;
}

const hasOverrides = (o: PageOverrides) => Boolean(o.url || o.title || o.outlet || o.publishedAt);

/** Keeps a fetched, read page and imports it, in the caller's transaction (a feed stores several
 * pages in one). The page is not read again: its reading from the fetch is used. */
export function storeFetchedPage(
  db: Db,
  fetchedRead: Extract<FetchedRead, { ok: true }>,
  options: { actorId: number | null; feedId?: number; overrides?: PageOverrides },
): ImportOutcome & { url?: string } {
  const preview = keepFetchedPage(db, fetchedRead, options);
  return {
    ...importFetchedPage(db, {
      actorId: options.actorId,
      pageId: preview.pageId,
      overrides: options.overrides,
      read: fetchedRead.read.article,
    }),
    url: preview.url,
  };
}

/** Fetch and import in one step, taking the page's metadata as it is (the API, the CLI). */
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
  const read = await fetchAndReadPage(options.url, options.limits ?? pageFetchLimits());
  if (!read.ok) return { status: "failed", error: read.error };
  // The kept page, the article and its link to the page commit together.
  return writeTransaction(db, () => storeFetchedPage(db, read, options));
}
