import { writeTransaction } from "../write-transaction";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { and, desc, eq, inArray, isNull, isNotNull, or, sql } from "drizzle-orm";
import { preparedQuery, preparedStatement } from "./prepared";
import type { Db } from "../index";
import { articles, claims, linkSuggestions, PART_OF_SQL, type LinkSuggestion } from "../schema";
import type { DbOrTx } from "./audit";
import type { MatchClaim, ScoredPair, SuggestionView } from "@/lib/suggest/types";
import { claimDate, type ClaimDate } from "@/lib/suggest/claim-date";

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

/** Dates of undated articles, read from their text: once per article, not once per claim (a long
 * undated article's body was scanned again for each of its figures). */
function undatedDates(db: DbOrTx, articleIds: number[]): Map<number, ClaimDate> {
  const rows = db
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(and(isNull(articles.publishedAt), inIds(articles.id, articleIds)))
    .all();
  return new Map(rows.map((a) => [a.id, claimDate(null, a.body)]));
}

const NO_DATE = claimDate(null, null);
const dateOf = (publishedAt: string | null, articleId: number, undated?: Map<number, ClaimDate>) =>
  publishedAt ? claimDate(publishedAt, null) : (undated?.get(articleId) ?? NO_DATE);

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
  const dates = undated.length ? undatedDates(db, undated) : undefined;
  return rows.map(({ publishedAt, ...r }) => ({
    ...r,
    date: dateOf(publishedAt, r.articleId, dates),
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
  const rows = candidateReadingsStatement(db).all({ ids: JSON.stringify(ids) }) as CandidateRow[];
  let undated: number[] | undefined;
  for (const r of rows) if (!r.publishedAt) (undated ??= []).push(r.articleId);
  const dates = undated ? undatedDates(db, [...new Set(undated)]) : undefined;
  // Built field by field: a candidate set is hundreds of rows per job, and rest/spread copies of each
  // row cost more than reading it.
  return rows.map((r) => ({
    claim: {
      id: r.id,
      articleId: r.articleId,
      value: r.value,
      kind: r.kind,
      unit: r.unit,
      counted: r.counted,
      qualifier: r.qualifier,
      period: r.period,
      outlet: r.outlet,
      sentence: "",
      before: "",
      title: "",
      numberEndInSentence: 0,
      date: dateOf(r.publishedAt, r.articleId, dates),
    },
    reading: r.reading,
  }));
}

interface CandidateRow {
  id: number;
  articleId: number;
  value: number;
  kind: string;
  unit: string | null;
  counted: string | null;
  qualifier: string;
  period: string | null;
  reading: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

// Run for the candidates of every suggestion job and the figures of every alert check: compiled once,
// the ids given as one JSON parameter, rows returned as plain objects by the driver.
const candidateReadingsStatement = preparedStatement(
  `SELECT c.id AS id, c.article_id AS articleId, c.value AS value, c.kind AS kind, c.unit AS unit,
      c.counted AS counted, c.qualifier AS qualifier, c.period AS period, c.reading AS reading,
      a.outlet AS outlet, a.published_at AS publishedAt
    FROM claims AS c JOIN articles AS a ON a.id = c.article_id
    WHERE c.id IN (SELECT value FROM json_each(:ids)) AND c.deleted_at IS NULL AND c.value IS NOT NULL`,
);

/** Which of `ids` are parts of a total in their own article that measure the same thing as the total (a
 * breakdown: one year, one province), suggested and not dismissed, or linked. */
export function listPartClaimIds(db: DbOrTx, { ids }: { ids: number[] }): Set<number> {
  if (!ids.length) return new Set();
  const rows = partClaimIdsStatement(db).all({ ids: JSON.stringify(ids) }) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

// Asked of every candidate of every suggestion job: compiled once per connection. The suggestion's
// relation is tested as PART_OF_SQL says, so SQLite walks the partial index of part_of suggestions.
const partClaimIdsStatement = preparedStatement(
  `SELECT s.claim_id AS id FROM link_suggestions AS s
    JOIN claims AS part ON part.id = s.claim_id JOIN claims AS total ON total.id = s.candidate_id
    WHERE s.claim_id IN (SELECT value FROM json_each(:ids)) AND s.${PART_OF_SQL}
      AND s.state <> 'dismissed' AND total.value > part.value
      AND part.quantity IS total.quantity AND part.quantity_who IS total.quantity_who
  UNION ALL
  SELECT from_claim_id AS id FROM claim_links
    WHERE from_claim_id IN (SELECT value FROM json_each(:ids)) AND relation = 'part_of'`,
);

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
  const rows = candidateIdsStatement(db).all({ articleId: q.articleId, limit, list }) as {
    lookup: number;
    above: string;
    below: string;
  }[];
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

/** The figures nearest a lookup's value on one side (`above`: from the value up to value × window,
 * nearest first; else from value / window up to below the value, nearest first). Inside the subquery
 * unqualified names are the claim's columns, walked through claims_kind_unit_quantity_value. */
const nearestSide = (above: boolean) => `(SELECT json_group_array(json_array(id, article_id, value))
    FROM (SELECT id, article_id, value FROM claims
      WHERE kind = l.value ->> 0 AND unit IS l.value ->> 1 AND quantity = l.value ->> 2
        AND ${above ? "value BETWEEN l.value ->> 3 AND l.value ->> 5" : "value >= l.value ->> 4 AND value < l.value ->> 3"}
        AND article_id <> :articleId AND deleted_at IS NULL
      ORDER BY value ${above ? "ASC" : "DESC"} LIMIT :limit))`;
// Run for every suggestion job: compiled once per connection.
const candidateIdsStatement = preparedStatement(
  `SELECT l.key AS lookup, ${nearestSide(true)} AS above, ${nearestSide(false)} AS below
    FROM json_each(:list) AS l`,
);

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
  if (readings.length) storeReadingsStatement(db).run({ readings: JSON.stringify(readings) });
}

const storeReadingsStatement = preparedStatement(
  `UPDATE claims SET quantity = r.value ->> 'quantity', quantity_who = r.value ->> 'quantityWho',
      said_by = r.value ->> 'saidBy', scope = r.value ->> 'scope', reading = r.value ->> 'reading'
    FROM json_each(:readings) AS r
    WHERE claims.id = r.value ->> 'id' AND (claims.quantity IS NOT r.value ->> 'quantity'
      OR claims.quantity_who IS NOT r.value ->> 'quantityWho' OR claims.said_by IS NOT r.value ->> 'saidBy'
      OR claims.scope IS NOT r.value ->> 'scope' OR claims.reading IS NOT r.value ->> 'reading')`,
);

/**
 * Replaces the open suggestions touching `claimIds` with `pairs` (the caller gives both directions, so
 * each side shows the other). Confirmed and dismissed rows are kept as they are: a dismissal never comes back.
 */
export function replaceOpenSuggestions(
  db: Db,
  { claimIds, pairs }: { claimIds: number[]; pairs: ScoredPair[] },
): void {
  writeTransaction(db, () => {
    if (claimIds.length) deleteOpenStatement(db).run({ ids: JSON.stringify(claimIds) });
    // One statement prepared once and run per pair: building a 150-row insert anew for every chunk cost
    // more than SQLite's work. In order, so the first of two equal pairs is the one kept, as before.
    const insert = insertSuggestionStatement(db);
    for (const { claimId, candidateId, relation, score, reason } of pairs)
      insert.run({ claimId, candidateId, relation, score, reason });
  });
}

// Both directions, each through its index (link_suggestions_claim_state, link_suggestions_candidate_state).
const deleteOpenStatement = preparedStatement(
  `DELETE FROM link_suggestions WHERE state = 'open'
    AND (claim_id IN (SELECT value FROM json_each(:ids)) OR candidate_id IN (SELECT value FROM json_each(:ids)))`,
);

// Raw, as drizzle would write it (the state and created_at defaults spelled out): drizzle's prepared
// insert fills its placeholders in JavaScript on every run, which cost more than SQLite's insert.
const insertSuggestionStatement = preparedStatement(
  `INSERT INTO link_suggestions (claim_id, candidate_id, relation, score, reason, state, created_at)
    VALUES (:claimId, :candidateId, :relation, :score, :reason, 'open', (unixepoch('subsec') * 1000))
    ON CONFLICT DO NOTHING`,
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
