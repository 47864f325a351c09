import { and, asc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims } from "../schema";
import { contains } from "./export";

export interface ApiArticle {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  claimCount: number;
  createdAt: number;
}

/** Articles for the API: filtered, keyset-paginated on id, with live claim counts in the same query. */
export function listArticlesForApi(
  db: Db,
  filter: { outlet?: string; q?: string; afterId?: number; limit: number },
): ApiArticle[] {
  const conditions: (SQL | undefined)[] = [];
  if (filter.outlet) conditions.push(eq(articles.outlet, filter.outlet));
  if (filter.q) conditions.push(contains(articles.title, filter.q));
  if (filter.afterId !== undefined) conditions.push(gt(articles.id, filter.afterId));
  return db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      publishedAt: articles.publishedAt,
      claimCount: sql<number>`count(${claims.id})`,
      createdAt: articles.createdAt,
    })
    .from(articles)
    .leftJoin(claims, and(eq(claims.articleId, articles.id), isNull(claims.deletedAt)))
    .where(and(...conditions))
    .groupBy(articles.id)
    .orderBy(asc(articles.id))
    .limit(filter.limit)
    .all();
}

export function getArticleForApi(db: Db, { id }: { id: number }) {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      publishedAt: articles.publishedAt,
      body: articles.body,
      createdAt: articles.createdAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
}
