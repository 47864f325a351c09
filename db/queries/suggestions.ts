import { writeTransaction } from "../write-transaction";
import type Database from "better-sqlite3";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims, linkSuggestions, type LinkSuggestion } from "../schema";
import type { DbOrTx } from "./audit";
import type { MatchClaim, ScoredPair, SuggestionView } from "@/lib/suggest/types";
import { claimDate } from "@/lib/suggest/claim-date";

type Row = Omit<
  MatchRow,
  "sentence" | "before" | "quantity" | "quantityWho" | "saidBy" | "scope"
> & {
  context: string;
  sentenceOffset: number;
  storedQuantity: string | null;
  storedWho: string | null;
  storedSaidBy: string | null;
  storedScope: string | null;
};
/** A claim as the candidate queries return it: the scorer's MatchClaim before its date is worked out. */
type MatchRow = Omit<MatchClaim, "date"> & { publishedAt: string | null };

const MATCH_COLUMNS = `c.id AS id, c.article_id AS articleId, c.value AS value, c.kind AS kind, c.unit AS unit,
  c.counted AS counted, c.qualifier AS qualifier, c.period AS period, c.quantity AS storedQuantity,
  c.quantity_who AS storedWho, c.said_by AS storedSaidBy, c.scope AS storedScope,
  substr(a.body, max(1, c.sentence_start - 299), c.sentence_end - max(0, c.sentence_start - 300)) AS context,
  min(300, c.sentence_start) AS sentenceOffset, a.title AS title,
  c.number_end - c.sentence_start AS numberEndInSentence, a.outlet AS outlet, a.published_at AS publishedAt`;

// Prepared once per connection: the candidate lookups run many times per article.
const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
function prepare(sqlite: Database.Database) {
  return {
    articleClaims:
      sqlite.prepare(`SELECT ${MATCH_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.article_id = ? AND c.deleted_at IS NULL AND c.value IS NOT NULL ORDER BY c.start`),
    // Both lookups walk claims_kind_unit_quantity_value (kind, unit, quantity, value) outwards from the
    // claim's value and stop after a few rows: the work per claim is bounded however many claims exist.
    above: sqlite.prepare(`SELECT id, article_id AS articleId, value FROM claims
      WHERE kind = ? AND unit IS ? AND quantity = ? AND value BETWEEN ? AND ? AND article_id <> ? AND deleted_at IS NULL
      ORDER BY value ASC LIMIT ?`),
    below: sqlite.prepare(`SELECT id, article_id AS articleId, value FROM claims
      WHERE kind = ? AND unit IS ? AND quantity = ? AND value >= ? AND value < ? AND article_id <> ? AND deleted_at IS NULL
      ORDER BY value DESC LIMIT ?`),
    storeReading: sqlite.prepare(
      `UPDATE claims SET quantity = ?, quantity_who = ?, said_by = ?, scope = ?, reading = ? WHERE id = ?
        AND (quantity IS NOT ? OR quantity_who IS NOT ? OR said_by IS NOT ? OR scope IS NOT ?
          OR reading IS NOT ?)`,
    ),
    // Candidates as the scorer needs them once their reading is stored: no text, no body.
    candidateReadings:
      sqlite.prepare(`SELECT c.id AS id, c.article_id AS articleId, c.value AS value,
        c.kind AS kind, c.unit AS unit, c.counted AS counted, c.qualifier AS qualifier, c.period AS period,
        c.reading AS reading, a.outlet AS outlet, a.published_at AS publishedAt
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL AND c.value IS NOT NULL`),
    partIds: sqlite.prepare(`SELECT s.claim_id AS id FROM link_suggestions s
        JOIN claims part ON part.id = s.claim_id JOIN claims total ON total.id = s.candidate_id
      WHERE s.relation = 'part_of' AND s.state <> 'dismissed' AND total.value > part.value
        AND part.quantity IS total.quantity AND part.quantity_who IS total.quantity_who
        AND s.claim_id IN (SELECT value FROM json_each(?))
      UNION SELECT from_claim_id FROM claim_links WHERE relation = 'part_of' AND from_claim_id IN (SELECT value FROM json_each(?))`),
    undatedBodies: sqlite.prepare(
      `SELECT id, body FROM articles WHERE published_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    ),
    claimsByIds:
      sqlite.prepare(`SELECT ${MATCH_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL AND c.value IS NOT NULL`),
  };
}
function stmts(db: DbOrTx) {
  // The database has `$client`; a transaction reaches the same connection through its session.
  const handle = db as unknown as {
    $client?: Database.Database;
    session?: { client?: Database.Database };
  };
  const sqlite = handle.$client ?? handle.session!.client!;
  let s = statements.get(sqlite);
  if (!s) statements.set(sqlite, (s = prepare(sqlite)));
  return s;
}

// One substr per row (the body is read once): the sentence and the 300 characters before it, split here.
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
  const bodies = new Map<number, string>();
  if (undated.length) {
    for (const a of stmts(db).undatedBodies.all(JSON.stringify(undated)) as {
      id: number;
      body: string;
    }[])
      bodies.set(a.id, a.body);
  }
  return rows.map(({ publishedAt, ...r }) => ({
    ...r,
    date: claimDate(publishedAt, bodies.get(r.articleId) ?? null),
  }));
}

export function loadArticleMatchClaims(
  db: DbOrTx,
  { articleId }: { articleId: number },
): MatchClaim[] {
  return toMatchClaims(db, stmts(db).articleClaims.all(articleId) as Row[]);
}

export function loadMatchClaimsByIds(db: DbOrTx, { ids }: { ids: number[] }): MatchClaim[] {
  if (!ids.length) return [];
  return toMatchClaims(db, stmts(db).claimsByIds.all(JSON.stringify(ids)) as Row[]);
}

/** Candidates with their stored reading (null when not stored yet): the claim without its text, which
 * the reading stands in for. */
export function loadCandidateReadings(
  db: DbOrTx,
  { ids }: { ids: number[] },
): { claim: MatchClaim; reading: string | null }[] {
  if (!ids.length) return [];
  const s = stmts(db);
  const rows = s.candidateReadings.all(JSON.stringify(ids)) as (Omit<
    MatchClaim,
    "date" | "sentence" | "before" | "title" | "numberEndInSentence"
  > & { reading: string | null; publishedAt: string | null })[];
  const undated = [...new Set(rows.filter((r) => !r.publishedAt).map((r) => r.articleId))];
  const bodies = new Map<number, string>();
  if (undated.length)
    for (const a of s.undatedBodies.all(JSON.stringify(undated)) as { id: number; body: string }[])
      bodies.set(a.id, a.body);
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

/** Which of `ids` are parts of a total in their own article that measure the same thing as the total (a
 * breakdown: one year, one province), suggested and not dismissed, or linked. */
export function listPartClaimIds(db: DbOrTx, { ids }: { ids: number[] }): Set<number> {
  if (!ids.length) return new Set();
  const json = JSON.stringify(ids);
  return new Set((stmts(db).partIds.all(json, json) as { id: number }[]).map((r) => r.id));
}

/** Ids of claims in other articles that may measure the same thing: same kind, unit and quantity by
 * meaning ("" for a quantity the text does not say), a value within `window`× either way; the `perSide`
 * nearest in value above and below. Index ranges only. */
export function findCandidateIds(
  db: DbOrTx,
  q: {
    articleId: number;
    kind: string;
    unit: string | null;
    value: number;
    quantity: string;
    window: number;
    perSide: number;
  },
): number[] {
  const s = stmts(db);
  const lo = q.value / q.window;
  const hi = q.value * q.window;
  const ids = new Set<number>();
  // Fetch twice as many and count figures, not claims: a figure repeated in the headline, the lead and a
  // quote must not crowd out other articles, yet every repeat is kept so each one gets its links.
  const add = (rows: unknown[]) => {
    const seen = new Set<string>();
    for (const r of rows as { id: number; articleId: number; value: number }[]) {
      const key = `${r.articleId}:${r.value}`;
      if (!seen.has(key) && seen.size >= q.perSide) break;
      seen.add(key);
      ids.add(r.id);
    }
  };
  const limit = q.perSide * 2;
  add(s.above.all(q.kind, q.unit, q.quantity, q.value, hi, q.articleId, limit));
  add(s.below.all(q.kind, q.unit, q.quantity, lo, q.value, q.articleId, limit));
  return [...ids];
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
  const s = stmts(db);
  for (const r of readings)
    s.storeReading.run(
      r.quantity,
      r.quantityWho,
      r.saidBy,
      r.scope,
      r.reading,
      r.id,
      r.quantity,
      r.quantityWho,
      r.saidBy,
      r.scope,
      r.reading,
    );
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
    const rows = pairs;
    for (let i = 0; i < rows.length; i += 150) {
      tx.insert(linkSuggestions)
        .values(rows.slice(i, i + 150))
        .onConflictDoNothing()
        .run();
    }
  });
}

export type { SuggestionView };

/** Open suggestions for every claim of an article, best first, in one query. */
export function listOpenSuggestionsForArticle(
  db: Db,
  { articleId }: { articleId: number },
): SuggestionView[] {
  const own = db.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId));
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
    .all();
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
