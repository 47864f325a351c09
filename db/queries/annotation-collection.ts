import type { Db } from "../index";
import { countExportClaims, listExportClaims, loadExportBundle } from "./export";
import {
  ANNOTATION_CONTEXT,
  iso,
  type AnnotationCollection,
  type AnnotationPage,
} from "@/lib/export/annotation-model";
import { articleEntries, claimToAnnotation } from "@/lib/export/annotations";

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
  /** Origin the ids are built on, e.g. "https://tally.example.org". */
  base: string;
  /** Only this article's claims. */
  articleId?: number;
  /** Claims with a larger id than this (the previous page's last claim). */
  cursor?: number;
  limit?: number;
}

export function collectionId(base: string, articleId?: number): string {
  return articleId === undefined
    ? `${base}/api/v1/annotations`
    : `${base}/api/v1/articles/${articleId}/annotations`;
}

/** One page, keyset-paginated on claim id so pages stay stable while claims are added.
 * Each page carries the articles its annotations point into, so a page can be imported on its own. */
export function exportAnnotationPage(db: Db, request: PageRequest): AnnotationPage {
  const limit = Math.min(request.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const collection = collectionId(request.base, request.articleId);
  // One extra row tells whether there is a next page without a count.
  const rows = listExportClaims(db, {
    articleId: request.articleId,
    afterId: request.cursor,
    limit: limit + 1,
  });
  const pageRows = rows.slice(0, limit);
  const bundle = loadExportBundle(db, pageRows);
  const last = pageRows.at(-1);
  return {
    "@context": ANNOTATION_CONTEXT,
    id: pageUrl(collection, request.cursor ?? 0, limit),
    type: "AnnotationPage",
    partOf: collection,
    ...(request.cursor === undefined ? { startIndex: 0 } : {}),
    ...(rows.length > limit && last ? { next: pageUrl(collection, last.id, limit) } : {}),
    items: pageRows.map((claim) => claimToAnnotation(claim, bundle, request.base)),
    "tally:articles": articleEntries(bundle),
  };
}

/** The collection with its first page embedded; further pages are linked by `next`. */
export function exportAnnotationCollection(
  db: Db,
  request: Omit<PageRequest, "cursor">,
): AnnotationCollection {
  const { "@context": _context, ...first } = exportAnnotationPage(db, request);
  return {
    "@context": ANNOTATION_CONTEXT,
    id: collectionId(request.base, request.articleId),
    type: "AnnotationCollection",
    label:
      request.articleId === undefined
        ? "Tally: every claim"
        : `Tally: claims in article ${request.articleId}`,
    total: countExportClaims(db, { articleId: request.articleId }),
    generator: { id: `${request.base}/`, type: "Software", name: "Tally" },
    generated: iso(Date.now()),
    first,
  };
}

/** Every page, following `next`: for scripts and the round-trip test. */
export function exportAllPages(db: Db, request: Omit<PageRequest, "cursor">): AnnotationPage[] {
  const pages: AnnotationPage[] = [];
  let cursor: number | undefined;
  for (;;) {
    const page = exportAnnotationPage(db, { ...request, cursor });
    pages.push(page);
    if (!page.next) return pages;
    cursor = Number(new URL(page.next).searchParams.get("cursor"));
  }
}

function pageUrl(collection: string, cursor: number, limit: number): string {
  return `${collection}?cursor=${cursor}&limit=${limit}`;
}
