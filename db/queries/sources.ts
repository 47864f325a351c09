import { and, asc, desc, eq, lt, or, sql, type AnyColumn } from "drizzle-orm";
import { preparedQuery } from "./prepared";
import type { Db } from "../index";
import { articles, claims, claimSources, sources, type Source } from "../schema";
import type { DbOrTx } from "./audit";

export interface ClaimSourceView {
  id: number;
  claimId: number;
  sourceId: number;
  stance: "supports" | "contradicts" | "context";
  locator: string | null;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  type: Source["type"];
}

/** The sources attached to every claim of the article, in one query. */
const claimSourcesForArticleQuery = preparedQuery((db) =>
  db
    .select({
      id: claimSources.id,
      claimId: claimSources.claimId,
      sourceId: claimSources.sourceId,
      stance: claimSources.stance,
      locator: claimSources.locator,
      title: sources.title,
      url: sources.url,
      publisher: sources.publisher,
      publishedOn: sources.publishedOn,
      type: sources.type,
    })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .innerJoin(sources, eq(sources.id, claimSources.sourceId))
    .where(eq(claims.articleId, sql.placeholder("articleId")))
    .orderBy(asc(claimSources.claimId), asc(claimSources.createdAt))
    .prepare(),
);

export function listClaimSourcesForArticle(
  db: Db,
  { articleId }: { articleId: number },
): ClaimSourceView[] {
  return claimSourcesForArticleQuery(db).all({ articleId });
}

export type SourceSearchHit = Pick<
  Source,
  "id" | "title" | "url" | "publisher" | "publishedOn" | "type"
>;

const sourcePick = {
  id: sources.id,
  title: sources.title,
  url: sources.url,
  publisher: sources.publisher,
  publishedOn: sources.publishedOn,
  type: sources.type,
};

/** Case-insensitive "contains", with the user's % and _ taken literally. */
export function containsText(column: AnyColumn, query: string) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

/** Search-as-you-type over the library by title, publisher or address. */
export function searchSources(
  db: Db,
  { query, limit = 8 }: { query: string; limit?: number },
): SourceSearchHit[] {
  return db
    .select(sourcePick)
    .from(sources)
    .where(
      query === ""
        ? undefined
        : or(
            containsText(sources.title, query),
            containsText(sources.publisher, query),
            containsText(sources.url, query),
          ),
    )
    .orderBy(desc(sources.createdAt))
    .limit(limit)
    .all();
}

export function getSourceById(db: DbOrTx, { id }: { id: number }) {
  return db.select(sourcePick).from(sources).where(eq(sources.id, id)).get();
}

export function findSourceByNormalizedUrl(
  db: DbOrTx,
  { normalizedUrl }: { normalizedUrl: string },
) {
  return db.select(sourcePick).from(sources).where(eq(sources.normalizedUrl, normalizedUrl)).get();
}

export function insertSource(tx: DbOrTx, row: typeof sources.$inferInsert) {
  return tx.insert(sources).values(row).returning(sourcePick).get();
}

export function findClaimSource(
  db: DbOrTx,
  { claimId, sourceId }: { claimId: number; sourceId: number },
) {
  return db
    .select({ id: claimSources.id })
    .from(claimSources)
    .where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, sourceId)))
    .get();
}

export function getClaimSourceById(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(claimSources).where(eq(claimSources.id, id)).get();
}

export function insertClaimSource(tx: DbOrTx, row: typeof claimSources.$inferInsert) {
  return tx.insert(claimSources).values(row).returning().get();
}

export function deleteClaimSource(tx: DbOrTx, { id }: { id: number }) {
  return tx.delete(claimSources).where(eq(claimSources.id, id)).run();
}

export interface SourceListItem extends SourceSearchHit {
  claimCount: number;
}

function selectSourcesWithCounts(db: DbOrTx) {
  return db
    .select({
      ...sourcePick,
      // Qualified by hand: Drizzle writes a one-table select's columns bare, and a bare "id" inside the
      // subquery would be claim_sources.id (one uncorrelated count of the whole index, the same for every row).
      claimCount: sql<number>`(select count(*) from ${claimSources} where ${claimSources}.${sql.identifier("source_id")} = ${sources}.${sql.identifier("id")})`,
    })
    .from(sources);
}

// Built once (prepared.ts): building this select's SQL on every call cost several times the query itself.
const firstSourcesPage = preparedQuery((db) =>
  selectSourcesWithCounts(db).orderBy(desc(sources.id)).limit(sql.placeholder("limit")).prepare(),
);
const sourcesPageBefore = preparedQuery((db) =>
  selectSourcesWithCounts(db)
    .where(lt(sources.id, sql.placeholder("beforeId")))
    .orderBy(desc(sources.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** One page of the newsroom's library, newest first, with how many claims cite each source. Keyset on
 * the id (sources are numbered as they are added), so the last page costs what the first does; each count
 * is an index range of claim_sources_source, for the page's rows only. */
export function listSourcesWithCounts(
  db: Db,
  { beforeId, limit }: { beforeId?: number; limit: number },
): { rows: SourceListItem[]; nextCursor: number | null } {
  const rows =
    beforeId === undefined
      ? firstSourcesPage(db).all({ limit: limit + 1 })
      : sourcesPageBefore(db).all({ beforeId, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

export interface CitingClaim {
  claimSourceId: number;
  stance: ClaimSourceView["stance"];
  locator: string | null;
  claimId: number;
  quote: string;
  status: string;
  deletedAt: number | null;
  articleId: number;
  articleTitle: string;
}

export function listClaimsCitingSource(db: Db, { sourceId }: { sourceId: number }): CitingClaim[] {
  return db
    .select({
      claimSourceId: claimSources.id,
      stance: claimSources.stance,
      locator: claimSources.locator,
      claimId: claims.id,
      quote: claims.quote,
      status: claims.status,
      deletedAt: claims.deletedAt,
      articleId: articles.id,
      articleTitle: articles.title,
    })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claimSources.sourceId, sourceId))
    .orderBy(asc(articles.title), asc(claims.start))
    .all();
}
