import { desc, eq, sql } from "drizzle-orm";
import { preparedQuery, preparedStatement } from "./prepared";
import { fetchedPages } from "../schema";
import type { DbOrTx } from "./audit";

export interface NewFetchedPage {
  requestedUrl: string;
  finalUrl: string;
  canonicalUrl: string | null;
  contentType: string;
  html: string;
  bytes: number;
  fetchedBy: number | null;
  feedId?: number | null;
}

// A feed read stores a page per item: its statements are compiled once per connection, not built anew.
export function insertFetchedPage(db: DbOrTx, page: NewFetchedPage): { id: number } {
  return insertStatement(db).get({ ...page, feedId: page.feedId ?? null }) as { id: number };
}

const insertStatement = preparedStatement(
  `INSERT INTO fetched_pages (requested_url, final_url, canonical_url, content_type, html, bytes, fetched_by, feed_id)
    VALUES (:requestedUrl, :finalUrl, :canonicalUrl, :contentType, :html, :bytes, :fetchedBy, :feedId)
    RETURNING id`,
);

export function getFetchedPageById(db: DbOrTx, { id }: { id: number }) {
  return pageByIdQuery(db).get({ id });
}

const pageByIdQuery = preparedQuery((db) =>
  db
    .select({
      id: fetchedPages.id,
      finalUrl: fetchedPages.finalUrl,
      canonicalUrl: fetchedPages.canonicalUrl,
      html: fetchedPages.html,
      articleId: fetchedPages.articleId,
    })
    .from(fetchedPages)
    .where(eq(fetchedPages.id, sql.placeholder("id")))
    .prepare(),
);

/** The fetched HTML an article was imported from: its text can be extracted again offline. */
export function getPageForArticle(db: DbOrTx, { articleId }: { articleId: number }) {
  return db
    .select({ id: fetchedPages.id, finalUrl: fetchedPages.finalUrl, html: fetchedPages.html })
    .from(fetchedPages)
    .where(eq(fetchedPages.articleId, articleId))
    .orderBy(desc(fetchedPages.id))
    .get();
}

export function linkFetchedPage(db: DbOrTx, { id, articleId }: { id: number; articleId: number }) {
  linkStatement(db).run({ id, articleId });
}

const linkStatement = preparedStatement(
  `UPDATE fetched_pages SET article_id = :articleId WHERE id = :id`,
);
