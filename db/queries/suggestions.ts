import { writeTransaction } from "../write-transaction";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { and, desc, eq, inArray, isNull, isNotNull, ne, or, sql } from "drizzle-orm";
import { preparedQuery } from "./prepared";
import type { Db } from "../index";
import {
  articles,
  claimLinks,
  claims,
  linkSuggestions,
  PART_OF_SQL,
  type LinkSuggestion,
} from "../schema";
import type { DbOrTx } from "./audit";
import type { MatchClaim, ScoredPair, SuggestionView } from "@/lib/suggest/types";
import { claimDate } from "@/lib/suggest/claim-date";

/** A claim as the candidate queries return it: the scorer's MatchClaim before its date is worked out. */
type MatchRow = Omit<MatchClaim, "date"> & { publishedAt: string | null };

/** `column IN ids` with the ids as one JSON parameter: an article's suggestions look up hundreds of
 * candidates, and one parameter keeps building the statement cheap whatever their number. */
const inIds = (column: SQLiteColumn, ids: number[]) =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

// One substr per row (the body is read once): the sentence and the 300 characters before it, split in
// toMatchClaims.
const matchColumns = {
  id: claims.id,
  articleId: claims.articleId,
  value: sql<number>`${claims.value}`,
  kind: claims.kind,
  unit: claims.unit,
  counted: claims.counted,
  qualifier: claims.qualifier,
  period: claims.period,
  storedQuantity: claims.quantity,
  storedWho: claims.quantityWho,
  storedSaidBy: claims.saidBy,
  storedScope: claims.scope,
  context: sql<string>`substr(${articles.body}, max(1, ${claims.sentenceStart} - 299), ${claims.sentenceEnd} - max(0, ${claims.sentenceStart} - 300))`,
  sentenceOffset: sql<number>`min(300, ${claims.sentenceStart})`,
  title: articles.title,
  numberEndInSentence: sql<number>`${claims.numberEnd} - ${claims.sentenceStart}`,
  outlet: articles.outlet,
  publishedAt: articles.publishedAt,
};
/** Claims with their article, as the scorer reads them; the caller adds the WHERE. */
const selectMatchRows = (db: DbOrTx) =>
  db.select(matchColumns).from(claims).innerJoin(articles, eq(articles.id, claims.articleId));
type Row = ReturnType<ReturnType<typeof selectMatchRows>["all"]>[number];

const liveWithValue = and(isNull(claims.deletedAt), isNotNull(claims.value));

/** Bodies of undated articles, whose date is read from their text. */
function undatedBodies(db: DbOrTx, articleIds: number[]): Map<number, string> {
  const rows = db
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(and(isNull(articles.publishedAt), inIds(articles.id, articleIds)))
    .all();
  return new Map(rows.map((a) => [a.id, a.body]));
}

function toMatchClaims(db: DbOrTx, raw: Row[]): MatchClaim[] {
  const rows: MatchRow[] = raw.map(
    ({ context, sentenceOffset, storedQuantity, storedWho, storedSaidBy, storedScope, ...r }) => ({
      ...r,
      // NULL: not read yet (computed when profiled); "": read, and nothing found.
      ...(storedQuantity === null
        ? {}
        : { quantity: storedQuantity || null, quantityWho: storedWho || null }),
      ...(storedSaidBy === null ? {} : { saidBy: storedSaidBy || null }),
      ...(storedScope === null ? {} : { scope: storedScope }),
      before: context.slice(0, sentenceOffset),
      sentence: context.slice(sentenceOffset),
    }),
  );
  const undated = [...new Set(rows.filter((r) => !r.publishedAt).map((r) => r.articleId))];
  const bodies = undated.length ? undatedBodies(db, undated) : new Map<number, string>();
  return rows.map(({ publishedAt, ...r }) => ({
    ...r,
    date: claimDate(publishedAt, bodies.get(r.articleId) ?? null),
  }));
}

// Every suggestion and flag job reads its article's claims: the statement is built once.
const articleMatchRowsQuery = preparedQuery((db) =>
  selectMatchRows(db)
    .where(and(eq(claims.articleId, sql.placeholder("articleId")), liveWithValue))
    .orderBy(claims.start)
    .prepare(),
);

export function loadArticleMatchClaims(
  db: DbOrTx,
  { articleId }: { articleId: number },
): MatchClaim[] {
  return toMatchClaims(db, articleMatchRowsQuery(db).all({ articleId }));
}

export function loadMatchClaimsByIds(db: DbOrTx, { ids }: { ids: number[] }): MatchClaim[] {
  if (!ids.length) return [];
  return toMatchClaims(
    db,
    selectMatchRows(db)
      .where(and(inIds(claims.id, ids), liveWithValue))
      .all(),
  );
}

/** Candidates with their stored reading (null when not stored yet): the claim without its text, which
 * the reading stands in for. */
export function loadCandidateReadings(
  db: DbOrTx,
  { ids }: { ids: number[] },
): { claim: MatchClaim; reading: string | null }[] {
  if (!ids.length) return [];
  const rows = candidateReadingsQuery(db).all({ ids: JSON.stringify(ids) });
  const undated = [...new Set(rows.filter((r) => !r.publishedAt).map((r) => r.articleId))];
  const bodies = undated.length ? undatedBodies(db, undated) : new Map<number, string>();
  return rows.map(({ reading, publishedAt, ...r }) => ({
    claim: {
      ...r,
      sentence: "",
      before: "",
      title: "",
      numberEndInSentence: 0,
      date: claimDate(publishedAt, bodies.get(r.articleId) ?? null),
    },
    reading,
  }));
}

// Run for the candidates of every suggestion job and the figures of every alert check: built once, the
// ids given as one JSON parameter.
const candidateReadingsQuery = preparedQuery((db) =>
  db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      value: sql<number>`${claims.value}`,
      kind: claims.kind,
      unit: claims.unit,
      counted: claims.counted,
      qualifier: claims.qualifier,
      period: claims.period,
      reading: claims.reading,
      outlet: articles.outlet,
      publishedAt: articles.publishedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        sql`${claims.id} IN (SELECT value FROM json_each(${sql.placeholder("ids")}))`,
        liveWithValue,
      ),
    )
    .prepare(),
);

/** Which of `ids` are parts of a total in their own article that measure the same thing as the total (a
 * breakdown: one year, one province), suggested and not dismissed, or linked. */
export function listPartClaimIds(db: DbOrTx, { ids }: { ids: number[] }): Set<number> {
  if (!ids.length) return new Set();
  const part = alias(claims, "part");
  const total = alias(claims, "total");
  const suggested = db
    .select({ id: linkSuggestions.claimId })
    .from(linkSuggestions)
    .innerJoin(part, eq(part.id, linkSuggestions.claimId))
    .innerJoin(total, eq(total.id, linkSuggestions.candidateId))
    .where(
      and(
        inIds(linkSuggestions.claimId, ids),
        sql.raw(`"link_suggestions".${PART_OF_SQL}`),
        ne(linkSuggestions.state, "dismissed"),
        sql`${total.value} > ${part.value}`,
        sql`${part.quantity} IS ${total.quantity}`,
        sql`${part.quantityWho} IS ${total.quantityWho}`,
      ),
    )
    .all();
  const linked = db
    .select({ id: claimLinks.fromClaimId })
    .from(claimLinks)
    .where(and(inIds(claimLinks.fromClaimId, ids), eq(claimLinks.relation, "part_of")))
    .all();
  return new Set([...suggested, ...linked].map((r) => r.id));
}

/** What one claim looks candidates up by: same kind, unit and quantity by meaning ("" for a quantity the
 * text does not say), a value near its own. */
export interface CandidateLookup {
  kind: string;
  unit: string | null;
  quantity: string;
  value: number;
}

/**
 * For each lookup, ids of claims in other articles that may measure the same thing: same kind, unit and
 * quantity, a value within `window`× either way, the `perSide` figures nearest in value above and below.
 * One statement of fixed text for all the lookups of an article (a JSON list of them); each lookup walks
 * claims_kind_unit_quantity_value outwards from its value and stops after a few rows, so the work is
 * bounded however many claims exist, and only the index is read.
 */
export function findCandidateIds(
  db: DbOrTx,
  q: { articleId: number; lookups: CandidateLookup[]; window: number; perSide: number },
): number[][] {
  if (!q.lookups.length) return [];
  // Fetch twice as many and count figures, not claims: a figure repeated in the headline, the lead and a
  // quote must not crowd out other articles, yet every repeat is kept so each one gets its links.
  const limit = q.perSide * 2;
  const list = JSON.stringify(
    q.lookups.map((l) => [
      l.kind,
      l.unit,
      l.quantity,
      l.value,
      l.value / q.window,
      l.value * q.window,
    ]),
  );
  const l = sql`l.value`;
  const nearest = (
    above: boolean,
  ) => sql`(SELECT json_group_array(json_array(id, article_id, value))
    FROM (SELECT ${claims.id} AS id, ${claims.articleId} AS article_id, ${claims.value} AS value FROM ${claims}
      WHERE ${claims.kind} = ${l} ->> 0 AND ${claims.unit} IS ${l} ->> 1 AND ${claims.quantity} = ${l} ->> 2
        AND ${
          above
            ? sql`${claims.value} BETWEEN ${l} ->> 3 AND ${l} ->> 5`
            : sql`${claims.value} >= ${l} ->> 4 AND ${claims.value} < ${l} ->> 3`
        }
        AND ${claims.articleId} <> ${q.articleId} AND ${claims.deletedAt} IS NULL
      ORDER BY ${claims.value} ${above ? sql`ASC` : sql`DESC`} LIMIT ${limit}))`;
  const rows = db.all<{ lookup: number; above: string; below: string }>(
    sql`SELECT l.key AS lookup, ${nearest(true)} AS above, ${nearest(false)} AS below
      FROM json_each(${list}) AS l`,
  );
  const ids = q.lookups.map(() => [] as number[]);
  for (const r of rows)
    for (const side of [r.above, r.below]) {
      // Nearest first; once perSide figures are seen, only further repeats of them are kept.
      const figures = new Set<string>();
      for (const [id, articleId, value] of JSON.parse(side) as [number, number, number][]) {
        const key = `${articleId}:${value}`;
        if (!figures.has(key) && figures.size >= q.perSide) break;
        figures.add(key);
        ids[r.lookup]!.push(id);
      }
    }
  return ids;
}

/** Stores what was read from each claim's sentence ("" for read and not found), so candidates are found
 * by meaning and shown with their source without reading their sentences again. */
export function storeClaimReadings(
  db: DbOrTx,
  readings: {
    id: number;
    quantity: string;
    quantityWho: string;
    saidBy: string;
    scope: string;
    reading: string;
  }[],
): void {
  // One statement for the article; a row whose reading is unchanged is not written.
  if (readings.length) {
    const r = sql`r.value`;
    db.run(sql`UPDATE ${claims} SET quantity = ${r} ->> 'quantity', quantity_who = ${r} ->> 'quantityWho',
        said_by = ${r} ->> 'saidBy', scope = ${r} ->> 'scope', reading = ${r} ->> 'reading'
      FROM json_each(${JSON.stringify(readings)}) AS r
      WHERE ${claims.id} = ${r} ->> 'id' AND (${claims.quantity} IS NOT ${r} ->> 'quantity'
        OR ${claims.quantityWho} IS NOT ${r} ->> 'quantityWho' OR ${claims.saidBy} IS NOT ${r} ->> 'saidBy'
        OR ${claims.scope} IS NOT ${r} ->> 'scope' OR ${claims.reading} IS NOT ${r} ->> 'reading')`);
  }
}

/**
 * Replaces the open suggestions touching `claimIds` with `pairs` (the caller gives both directions, so
 * each side shows the other). Confirmed and dismissed rows are kept as they are: a dismissal never comes back.
 */
export function replaceOpenSuggestions(
  db: Db,
  { claimIds, pairs }: { claimIds: number[]; pairs: ScoredPair[] },
): void {
  writeTransaction(db, (tx) => {
    for (let i = 0; i < claimIds.length; i += 400) {
      const slice = claimIds.slice(i, i + 400);
      tx.delete(linkSuggestions)
        .where(
          and(
            eq(linkSuggestions.state, "open"),
            or(
              inArray(linkSuggestions.claimId, slice),
              inArray(linkSuggestions.candidateId, slice),
            ),
          ),
        )
        .run();
    }
    // One statement prepared once and run per pair: building a 150-row insert anew for every chunk cost
    // more than SQLite's work. In order, so the first of two equal pairs is the one kept, as before.
    const insert = insertSuggestionQuery(db);
    for (const { claimId, candidateId, relation, score, reason } of pairs)
      insert.run({ claimId, candidateId, relation, score, reason });
  });
}

const insertSuggestionQuery = preparedQuery((db) =>
  db
    .insert(linkSuggestions)
    .values({
      claimId: sql.placeholder("claimId"),
      candidateId: sql.placeholder("candidateId"),
      relation: sql.placeholder("relation"),
      score: sql.placeholder("score"),
      reason: sql.placeholder("reason"),
    })
    .onConflictDoNothing()
    .prepare(),
);

export type { SuggestionView };

/** Open suggestions for every claim of an article, best first, in one query. */
const openSuggestionsQuery = preparedQuery((db) => {
  const own = db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.articleId, sql.placeholder("articleId")));
  return db
    .select({
      id: linkSuggestions.id,
      claimId: linkSuggestions.claimId,
      relation: linkSuggestions.relation,
      score: linkSuggestions.score,
      reason: linkSuggestions.reason,
      candidateId: claims.id,
      candidateQuote: claims.quote,
      candidateValue: claims.value,
      candidateArticleId: articles.id,
      candidateArticleTitle: articles.title,
      candidateOutlet: articles.outlet,
      candidatePublishedAt: articles.publishedAt,
    })
    .from(linkSuggestions)
    .innerJoin(claims, eq(claims.id, linkSuggestions.candidateId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        inArray(linkSuggestions.claimId, own),
        eq(linkSuggestions.state, "open"),
        sql`${claims.deletedAt} IS NULL`,
      ),
    )
    .orderBy(linkSuggestions.claimId, desc(linkSuggestions.score))
    .prepare();
});

export function listOpenSuggestionsForArticle(
  db: Db,
  { articleId }: { articleId: number },
): SuggestionView[] {
  return openSuggestionsQuery(db).all({ articleId });
}

export function getSuggestion(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(linkSuggestions).where(eq(linkSuggestions.id, id)).get();
}

/** Marks a suggestion and its mirror decided. The decision covers the figure, not one mention of it:
 * suggestions between the claim and repeats of the candidate's figure in the same article (headline, lead,
 * quote) are decided alike, both ways. Call inside a transaction. */
export function markSuggestionDecided(
  tx: DbOrTx,
  input: { suggestion: LinkSuggestion; state: "confirmed" | "dismissed"; actorId: number },
): void {
  const s = input.suggestion;
  const candidate = tx
    .select({ articleId: claims.articleId, value: claims.value })
    .from(claims)
    .where(eq(claims.id, s.candidateId))
    .get();
  const repeats = candidate
    ? tx
        .select({ id: claims.id })
        .from(claims)
        .where(
          and(
            eq(claims.articleId, candidate.articleId),
            candidate.value === null ? sql`0` : eq(claims.value, candidate.value),
          ),
        )
        .all()
        .map((r) => r.id)
    : [s.candidateId];
  tx.update(linkSuggestions)
    .set({ state: input.state, decidedBy: input.actorId })
    .where(
      and(
        eq(linkSuggestions.state, "open"),
        or(
          and(
            eq(linkSuggestions.claimId, s.claimId),
            inArray(linkSuggestions.candidateId, repeats),
          ),
          and(
            inArray(linkSuggestions.claimId, repeats),
            eq(linkSuggestions.candidateId, s.claimId),
          ),
        ),
      ),
    )
    .run();
}

/** The two ends of a suggested link, with what decides the link's direction. */
export function loadLinkEnds(db: DbOrTx, { ids }: { ids: number[] }) {
  const rows = db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      value: claims.value,
      publishedAt: articles.publishedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(inArray(claims.id, ids), sql`${claims.deletedAt} IS NULL`))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}
