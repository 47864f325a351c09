import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims, type ClaimStatus } from "../schema";
import type { DbOrTx } from "./audit";
import { preparedQuery } from "./prepared";

export interface ArticleListItem {
  id: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claimCount: number;
  checkedCount: number;
  disputedCount: number;
  uncheckedCount: number;
  verifiedCount: number;
  decidedCount: number;
}

/** "needs-work": most disputed, then most unchecked claims first; otherwise newest published first. */
export type ArticleSort = "published" | "needs-work";

const countStatus = (status: ClaimStatus) =>
  sql<number>`coalesce(sum(${claims.status} = ${status}), 0)`;

/** All articles with their claim counts in one grouped query (no per-article round trips). */
export function listArticles(
  db: Db,
  { sort = "published" }: { sort?: ArticleSort } = {},
): ArticleListItem[] {
  const live = and(eq(claims.articleId, articles.id), isNull(claims.deletedAt));
  return db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      publishedAt: articles.publishedAt,
      claimCount: sql<number>`count(${claims.id})`,
      checkedCount: sql<number>`coalesce(sum(${claims.status} <> 'unchecked'), 0)`,
      disputedCount: countStatus("disputed"),
      uncheckedCount: countStatus("unchecked"),
      verifiedCount: countStatus("verified"),
      decidedCount: countStatus("decided"),
    })
    .from(articles)
    .leftJoin(claims, live)
    .groupBy(articles.id)
    .orderBy(
      ...(sort === "needs-work"
        ? [desc(countStatus("disputed")), desc(countStatus("unchecked"))]
        : []),
      desc(sql`coalesce(${articles.publishedAt}, '')`),
      desc(articles.id),
    )
    .all();
}

const articleByIdQuery = preparedQuery((db) =>
  db
    .select()
    .from(articles)
    .where(eq(articles.id, sql.placeholder("id")))
    .prepare(),
);

export function getArticleById(db: DbOrTx, { id }: { id: number }) {
  return articleByIdQuery(db).get({ id });
}

// Both asked for every imported article: built once per connection.
export function findArticleByBodyHash(db: DbOrTx, { bodyHash }: { bodyHash: string }) {
  return articleByBodyHashQuery(db).get({ bodyHash });
}

const articleByBodyHashQuery = preparedQuery((db) =>
  db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(eq(articles.bodyHash, sql.placeholder("bodyHash")))
    .prepare(),
);

/** The article an import naming `url` in its URL field updates: one stored under that URL given the
 * same way. An article whose URL was only read from its text is never the target. */
export function findArticleByUrl(db: DbOrTx, { url }: { url: string }) {
  return articleByUrlQuery(db).get({ url });
}

const articleByUrlQuery = preparedQuery((db) =>
  db
    .select({
      id: articles.id,
      title: articles.title,
      body: articles.body,
      version: articles.version,
    })
    .from(articles)
    .where(and(eq(articles.url, sql.placeholder("url")), eq(articles.urlFromText, false)))
    .prepare(),
);

export interface RecentImport {
  id: number;
  title: string;
  outlet: string | null;
  version: number;
  createdAt: number;
  updatedAt: number | null;
  removedJson: string;
  claimCount: number;
}

/** The latest imported articles with their live claim counts and what the cleaner removed, newest first. */
export function listRecentImports(db: Db, { limit }: { limit: number }): RecentImport[] {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      version: articles.version,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
      removedJson: articles.removedJson,
      claimCount: sql<number>`count(${claims.id})`,
    })
    .from(articles)
    .leftJoin(claims, and(eq(claims.articleId, articles.id), isNull(claims.deletedAt)))
    .groupBy(articles.id)
    .orderBy(desc(articles.id))
    .limit(limit)
    .all();
}
