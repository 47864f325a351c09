import { desc, eq } from "drizzle-orm";
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

export function insertFetchedPage(db: DbOrTx, page: NewFetchedPage): { id: number } {
  return db.insert(fetchedPages).values(page).returning({ id: fetchedPages.id }).get();
}

export function getFetchedPageById(db: DbOrTx, { id }: { id: number }) {
  return db
    .select({
      id: fetchedPages.id,
      finalUrl: fetchedPages.finalUrl,
      canonicalUrl: fetchedPages.canonicalUrl,
      html: fetchedPages.html,
      articleId: fetchedPages.articleId,
    })
    .from(fetchedPages)
    .where(eq(fetchedPages.id, id))
    .get();
}

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
  db.update(fetchedPages).set({ articleId }).where(eq(fetchedPages.id, id)).run();
}
