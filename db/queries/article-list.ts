import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims } from "../schema";
import type { ArticleState } from "@/lib/validation/article-list";
import { containsText } from "./sources";
import { directionOf, keysetPage, type KeysetPage } from "./keyset";

export interface ArticleListRow {
  id: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claimCount: number;
  uncheckedCount: number;
  verifiedCount: number;
  disputedCount: number;
  decidedCount: number;
}

export interface ArticleListFilter {
  /** Words in the title or outlet. */
  query?: string;
  /** A figure some live claim of the article carries (its value, as lib/search/figure.ts read it). */
  figure?: number;
  outlet?: string;
  state?: ArticleState;
  /** Article ids: the page after (or before) that article in the list's order. */
  after?: number;
  before?: number;
  limit: number;
}

/** The list's order, newest published first (undated last), by the index articles_published_key. */
const publishedKey = sql<string>`coalesce(${articles.publishedAt}, '')`;

const liveClaimWhere = (...conditions: SQL[]) =>
  sql`exists (select 1 from ${claims} where ${claims.articleId} = ${articles.id} and ${claims.deletedAt} is null and ${sql.join(conditions, sql` and `)})`;

function stateCondition(state: ArticleState | undefined): SQL | undefined {
  if (state === "disputed") return liveClaimWhere(sql`${claims.status} = 'disputed'`);
  if (state === "needs-work")
    return liveClaimWhere(sql`${claims.status} in ('unchecked', 'disputed')`);
  return undefined;
}

function searchCondition(query: string, figure: number | undefined): SQL | undefined {
  if (query === "") return undefined;
  return or(
    containsText(articles.title, query),
    containsText(articles.outlet, query),
    figure === undefined
      ? undefined
      : // An index range on claims_value, then the few articles it names.
        inArray(
          articles.id,
          sql`(select ${claims.articleId} from ${claims} where ${claims.value} = ${figure} and ${claims.deletedAt} is null)`,
        ),
  );
}

/**
 * One page of the article list, found by title, outlet or a figure, filtered by outlet and by what is
 * left to do. Null when the cursor names no article (removed since, or a hand-edited address).
 */
export function searchArticles(
  db: Db,
  { query = "", figure, outlet, state, after, before, limit }: ArticleListFilter,
): KeysetPage<ArticleListRow> | null {
  const direction = directionOf({ after, before });
  const cursorId = after ?? before;
  let keyset: SQL | undefined;
  if (cursorId !== undefined) {
    const cursor = db
      .select({ key: publishedKey, id: articles.id })
      .from(articles)
      .where(eq(articles.id, cursorId))
      .get();
    if (!cursor) return null;
    // (key, id) beyond the cursor's, written so the bound on the key alone makes it an index range
    // (SQLite does not range-scan an expression index from a row-value comparison).
    keyset =
      direction === "before"
        ? sql`${publishedKey} >= ${cursor.key} and (${publishedKey} > ${cursor.key} or ${articles.id} > ${cursor.id})`
        : sql`${publishedKey} <= ${cursor.key} and (${publishedKey} < ${cursor.key} or ${articles.id} < ${cursor.id})`;
  }
  const order =
    direction === "before"
      ? [asc(publishedKey), asc(articles.id)]
      : [desc(publishedKey), desc(articles.id)];
  const fetched = db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(
      and(
        searchCondition(query.trim(), figure),
        outlet === undefined ? undefined : eq(articles.outlet, outlet),
        stateCondition(state),
        keyset,
      ),
    )
    .orderBy(...order)
    .limit(limit + 1)
    .all();
  const page = keysetPage(fetched, limit, direction);
  const counts = countClaimsByStatus(
    db,
    page.rows.map((r) => r.id),
  );
  return {
    ...page,
    rows: page.rows.map((r) => {
      const c = counts.get(r.id);
      const n = (status: string) => c?.get(status) ?? 0;
      return {
        ...r,
        claimCount: [...(c?.values() ?? [])].reduce((a, b) => a + b, 0),
        uncheckedCount: n("unchecked"),
        verifiedCount: n("verified"),
        disputedCount: n("disputed"),
        decidedCount: n("decided"),
      };
    }),
  };
}

/** Live claims per status for the articles of one page: one grouped read on claims_article_status. */
function countClaimsByStatus(db: Db, articleIds: number[]): Map<number, Map<string, number>> {
  const byArticle = new Map<number, Map<string, number>>();
  if (articleIds.length === 0) return byArticle;
  const rows = db
    .select({ articleId: claims.articleId, status: claims.status, n: sql<number>`count(*)` })
    .from(claims)
    .where(and(inArray(claims.articleId, articleIds), isNull(claims.deletedAt)))
    .groupBy(claims.articleId, claims.status)
    .all();
  for (const row of rows) {
    const statuses = byArticle.get(row.articleId) ?? new Map<string, number>();
    statuses.set(row.status, row.n);
    byArticle.set(row.articleId, statuses);
  }
  return byArticle;
}

/** The outlets to filter by, alphabetically (a walk of the articles_outlet index). */
export function listArticleOutlets(db: Db, { limit = 500 }: { limit?: number } = {}): string[] {
  return db
    .selectDistinct({ outlet: articles.outlet })
    .from(articles)
    .where(isNotNull(articles.outlet))
    .orderBy(asc(articles.outlet))
    .limit(limit)
    .all()
    .map((r) => r.outlet ?? "");
}
