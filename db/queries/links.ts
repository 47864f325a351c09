import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { articles, claimLinks, claims, type ClaimLink } from "../schema";
import type { DbOrTx } from "./audit";
import { preparedQuery } from "./prepared";
import { containsText } from "./sources";

export interface LinkView {
  id: number;
  /** The claim of this article the link is shown on. */
  claimId: number;
  /** "from": this claim is the link's subject (e.g. it updates the other); "to": the other one is. */
  direction: "from" | "to";
  relation: ClaimLink["relation"];
  otherClaimId: number;
  otherQuote: string;
  otherValue: number | null;
  otherLow: number | null;
  otherHigh: number | null;
  otherUnit: string | null;
  otherStatus: string;
  otherDeletedAt: number | null;
  otherArticleId: number;
  otherArticleTitle: string;
}

const here = alias(claims, "here");
const other = alias(claims, "other");

const otherFields = {
  otherClaimId: other.id,
  otherQuote: other.quote,
  otherValue: other.value,
  otherLow: other.low,
  otherHigh: other.high,
  otherUnit: other.unit,
  otherStatus: other.status,
  otherDeletedAt: other.deletedAt,
  otherArticleId: articles.id,
  otherArticleTitle: articles.title,
};

/** Links on the article's claims, both directions: two queries whatever the number of claims. */
export function listLinksForArticle(db: Db, { articleId }: { articleId: number }): LinkView[] {
  return [...linksInDirection(db, articleId, "from"), ...linksInDirection(db, articleId, "to")];
}

function linksQuery(direction: LinkView["direction"]) {
  const [hereEnd, otherEnd] =
    direction === "from"
      ? [claimLinks.fromClaimId, claimLinks.toClaimId]
      : [claimLinks.toClaimId, claimLinks.fromClaimId];
  return preparedQuery((db) =>
    db
      .select({
        id: claimLinks.id,
        claimId: hereEnd,
        relation: claimLinks.relation,
        ...otherFields,
      })
      .from(claimLinks)
      .innerJoin(here, eq(here.id, hereEnd))
      .innerJoin(other, eq(other.id, otherEnd))
      .innerJoin(articles, eq(articles.id, other.articleId))
      .where(eq(here.articleId, sql.placeholder("articleId")))
      .orderBy(asc(claimLinks.createdAt))
      .prepare(),
  );
}
const linksFrom = linksQuery("from");
const linksTo = linksQuery("to");

/** "from": links whose subject is a claim of this article; "to": links pointing at one. */
function linksInDirection(db: Db, articleId: number, direction: LinkView["direction"]): LinkView[] {
  return (direction === "from" ? linksFrom : linksTo)(db)
    .all({ articleId })
    .map((row) => ({ ...row, direction }));
}

export interface LinkTarget {
  id: number;
  quote: string;
  value: number | null;
  unit: string | null;
  status: string;
  articleId: number;
  articleTitle: string;
}

/** Live claims anywhere, found by their text, their value or their article's title; never the claim itself. */
export function searchLinkTargets(
  db: Db,
  { claimId, query, limit = 10 }: { claimId: number; query: string; limit?: number },
): LinkTarget[] {
  const numeric = Number(query.replace(/[, ]/g, ""));
  const isNumber = query.trim() !== "" && Number.isFinite(numeric);
  const matches = or(
    containsText(claims.quote, query),
    containsText(articles.title, query),
    isNumber ? eq(claims.value, numeric) : undefined,
  );
  // A figure searched by its value is meant exactly: "1,114" lists the claims worth 1,114 before a
  // quote that merely contains the text (a range "1,114 to 1,144" stored as 1,144).
  // (A constant ORDER BY term would be read as a column number, so words alone add no term.)
  const exactFirst = isNumber
    ? [sql`case when ${claims.value} = ${numeric} then 0 else 1 end`]
    : [];
  return db
    .select({
      id: claims.id,
      quote: claims.quote,
      value: claims.value,
      unit: claims.unit,
      status: claims.status,
      articleId: articles.id,
      articleTitle: articles.title,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(isNull(claims.deletedAt), ne(claims.id, claimId), matches))
    .orderBy(
      ...exactFirst,
      sql`${claims.articleId} = (select article_id from claims where id = ${claimId})`,
      asc(claims.articleId),
      asc(claims.start),
    )
    .limit(limit)
    .all();
}

/** A link between the two claims in either direction, if there is one. */
export function findLinkBetween(db: DbOrTx, { a, b }: { a: number; b: number }) {
  return db
    .select({ id: claimLinks.id, relation: claimLinks.relation })
    .from(claimLinks)
    .where(
      or(
        and(eq(claimLinks.fromClaimId, a), eq(claimLinks.toClaimId, b)),
        and(eq(claimLinks.fromClaimId, b), eq(claimLinks.toClaimId, a)),
      ),
    )
    .get();
}

export function getLinkById(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(claimLinks).where(eq(claimLinks.id, id)).get();
}

export function insertLink(tx: DbOrTx, row: typeof claimLinks.$inferInsert) {
  return tx.insert(claimLinks).values(row).returning().get();
}

export function deleteLink(tx: DbOrTx, { id }: { id: number }) {
  return tx.delete(claimLinks).where(eq(claimLinks.id, id)).run();
}
