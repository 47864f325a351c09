import { writeTransaction } from "../write-transaction";
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { preparedQuery } from "./prepared";
import type { Db } from "../index";
import { articles, claimFlags, claimLinks, claims } from "../schema";
import type { DbOrTx } from "./audit";
import type { PartLink } from "@/lib/consistency/arithmetic";
import type { IncrementClaim } from "@/lib/consistency/increment";

export type FlagKind = "inconsistency" | "arithmetic";
export interface FlagFinding {
  kind: FlagKind;
  claimIds: number[];
  message: string;
}

export interface FlagView {
  id: number;
  articleId: number;
  articleTitle: string;
  kind: FlagKind;
  claimIds: number[];
  /** The quoted text of each claim involved, for the links. */
  quotes: Record<number, string>;
  message: string;
  createdAt: number;
}

/** Part → total links whose total is a claim of this article (parts may be anywhere). */
export function listPartLinksForArticle(
  db: DbOrTx,
  { articleId }: { articleId: number },
): PartLink[] {
  return partLinksQuery(db).all({ articleId });
}

// Every flags recomputation (after each import's suggestions) runs it: built once per connection.
const partLinksQuery = preparedQuery((db) => {
  const part = alias(claims, "part");
  const total = alias(claims, "total");
  return db
    .select({
      partId: part.id,
      partValue: sql<number>`${part.value}`,
      partQualifier: part.qualifier,
      totalId: total.id,
      totalValue: sql<number>`${total.value}`,
      totalQualifier: total.qualifier,
    })
    .from(claimLinks)
    .innerJoin(part, eq(part.id, claimLinks.fromClaimId))
    .innerJoin(total, eq(total.id, claimLinks.toClaimId))
    .where(
      and(
        eq(claimLinks.relation, "part_of"),
        eq(total.articleId, sql.placeholder("articleId")),
        isNull(part.deletedAt),
        isNull(total.deletedAt),
        sql`${part.value} IS NOT NULL AND ${total.value} IS NOT NULL`,
      ),
    )
    .prepare();
});

/** Claims of an article with the sentence text up to their number, for "brings to N" totals. */
export function listIncrementClaims(
  db: DbOrTx,
  { articleId }: { articleId: number },
): IncrementClaim[] {
  return incrementClaimsQuery(db).all({ articleId });
}

const incrementClaimsQuery = preparedQuery((db) =>
  db
    .select({
      id: claims.id,
      value: sql<number>`${claims.value}`,
      qualifier: claims.qualifier,
      counted: claims.counted,
      sentenceStart: claims.sentenceStart,
      beforeNumber: sql<string>`substr(${articles.body}, ${claims.sentenceStart} + 1, ${claims.numberStart} - ${claims.sentenceStart})`,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        eq(claims.articleId, sql.placeholder("articleId")),
        isNull(claims.deletedAt),
        sql`${claims.value} IS NOT NULL`,
      ),
    )
    .prepare(),
);

/** Claims linked to `claimId` (either direction, not as parts) with their article's date: an earlier
 * total for an increment check. */
export function listLinkedValues(db: DbOrTx, { claimId }: { claimId: number }) {
  const other = alias(claims, "other");
  return db
    .select({
      claimId: other.id,
      value: sql<number>`${other.value}`,
      publishedAt: articles.publishedAt,
    })
    .from(claimLinks)
    .innerJoin(
      other,
      sql`${other.id} = CASE WHEN ${claimLinks.fromClaimId} = ${claimId} THEN ${claimLinks.toClaimId} ELSE ${claimLinks.fromClaimId} END`,
    )
    .innerJoin(articles, eq(articles.id, other.articleId))
    .where(
      and(
        or(eq(claimLinks.fromClaimId, claimId), eq(claimLinks.toClaimId, claimId)),
        sql`${claimLinks.relation} <> 'part_of'`,
        isNull(other.deletedAt),
      ),
    )
    .all();
}

/** Replaces the article's unresolved flags with `findings`; a finding a checker already resolved
 * (same kind and claims) is not raised again. */
export function replaceOpenFlags(
  db: Db,
  { articleId, findings }: { articleId: number; findings: FlagFinding[] },
): void {
  writeTransaction(db, (tx) => {
    deleteOpenFlagsQuery(db).run({ articleId });
    const resolved = new Set(
      articleFlagsQuery(db)
        .all({ articleId })
        .map((f) => `${f.kind}:${f.ids}`),
    );
    const rows = findings
      .map((f) => ({
        articleId,
        kind: f.kind,
        claimIdsJson: JSON.stringify(f.claimIds),
        message: f.message,
      }))
      .filter((r) => !resolved.has(`${r.kind}:${r.claimIdsJson}`));
    if (rows.length) tx.insert(claimFlags).values(rows).run();
  });
}

// Run by every flags recomputation: built once per connection (on the database, whose one connection
// the transaction runs on).
const deleteOpenFlagsQuery = preparedQuery((db) =>
  db
    .delete(claimFlags)
    .where(
      and(eq(claimFlags.articleId, sql.placeholder("articleId")), isNull(claimFlags.resolvedAt)),
    )
    .prepare(),
);
const articleFlagsQuery = preparedQuery((db) =>
  db
    .select({ kind: claimFlags.kind, ids: claimFlags.claimIdsJson })
    .from(claimFlags)
    .where(eq(claimFlags.articleId, sql.placeholder("articleId")))
    .prepare(),
);

const flagView = {
  id: claimFlags.id,
  articleId: claimFlags.articleId,
  articleTitle: articles.title,
  kind: claimFlags.kind,
  claimIdsJson: claimFlags.claimIdsJson,
  message: claimFlags.message,
  createdAt: claimFlags.createdAt,
};
type FlagRow = {
  id: number;
  articleId: number;
  articleTitle: string;
  kind: FlagKind;
  claimIdsJson: string;
  message: string;
  createdAt: number;
};
/** Parses the claim ids and fetches their quotes in one query for all the flags. */
function toViews(db: Db, rows: FlagRow[]): FlagView[] {
  const parsed = rows.map(({ claimIdsJson, ...f }) => ({
    ...f,
    claimIds: JSON.parse(claimIdsJson) as number[],
  }));
  const ids = [...new Set(parsed.flatMap((f) => f.claimIds))];
  const quotes = new Map(
    ids.length
      ? db
          .select({ id: claims.id, quote: claims.quote })
          .from(claims)
          .where(inArray(claims.id, ids))
          .all()
          .map((c) => [c.id, c.quote])
      : [],
  );
  return parsed.map((f) => ({
    ...f,
    quotes: Object.fromEntries(f.claimIds.map((id) => [id, quotes.get(id) ?? `#${id}`])),
  }));
}

// Built once (prepared.ts): the article page runs it on every view, and building this join's SQL took
// 0.7 ms a call at 1,000,000 claims, the most of any of the page's queries.
const openFlagsOfArticleQuery = preparedQuery((db) =>
  db
    .select(flagView)
    .from(claimFlags)
    .innerJoin(articles, eq(articles.id, claimFlags.articleId))
    .where(
      and(eq(claimFlags.articleId, sql.placeholder("articleId")), isNull(claimFlags.resolvedAt)),
    )
    .orderBy(claimFlags.id)
    .prepare(),
);

export function listFlagsForArticle(db: Db, { articleId }: { articleId: number }): FlagView[] {
  const rows = openFlagsOfArticleQuery(db).all({ articleId });
  return rows.length === 0 ? [] : toViews(db, rows);
}

/** Unresolved flags across all articles, newest first, keyset-paginated on (createdAt, id)
 * (index claim_flags_open on resolved_at, created_at). For the editors' queue. */
export function listOpenFlags(
  db: Db,
  { limit = 50, before }: { limit?: number; before?: { createdAt: number; id: number } } = {},
): FlagView[] {
  const rows = db
    .select(flagView)
    .from(claimFlags)
    .innerJoin(articles, eq(articles.id, claimFlags.articleId))
    .where(
      and(
        isNull(claimFlags.resolvedAt),
        before
          ? or(
              lt(claimFlags.createdAt, before.createdAt),
              and(eq(claimFlags.createdAt, before.createdAt), lt(claimFlags.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(claimFlags.createdAt), desc(claimFlags.id))
    .limit(limit)
    .all();
  return toViews(db, rows);
}

export function getFlag(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(claimFlags).where(eq(claimFlags.id, id)).get();
}

export function markFlagResolved(
  tx: DbOrTx,
  { id, actorId }: { id: number; actorId: number },
): boolean {
  const res = tx
    .update(claimFlags)
    .set({ resolvedAt: Date.now(), resolvedBy: actorId })
    .where(and(eq(claimFlags.id, id), isNull(claimFlags.resolvedAt)))
    .run();
  return res.changes > 0;
}

export function articleIdsOfClaims(db: DbOrTx, { ids }: { ids: number[] }): number[] {
  if (!ids.length) return [];
  return [
    ...new Set(
      db
        .select({ a: claims.articleId })
        .from(claims)
        .where(inArray(claims.id, ids))
        .all()
        .map((r) => r.a),
    ),
  ];
}
