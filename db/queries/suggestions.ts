import type Database from "better-sqlite3";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claimLinks, claims, linkSuggestions } from "../schema";
import { appendAudit, type DbOrTx } from "./audit";
import type { MatchClaim, ScoredPair } from "@/lib/suggest/types";
import { claimDate } from "@/lib/suggest/claim-date";

type Row = {
  id: number;
  articleId: number;
  value: number;
  kind: string;
  unit: string | null;
  counted: string | null;
  qualifier: string;
  period: string | null;
  sentence: string;
  before: string;
  title: string;
  numberEndInSentence: number;
  outlet: string | null;
  publishedAt: string | null;
};

const MATCH_COLUMNS = `c.id AS id, c.article_id AS articleId, c.value AS value, c.kind AS kind, c.unit AS unit,
  c.counted AS counted, c.qualifier AS qualifier, c.period AS period,
  substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
  substr(a.body, max(1, c.sentence_start - 299), min(300, c.sentence_start)) AS before, a.title AS title,
  c.number_end - c.sentence_start AS numberEndInSentence, a.outlet AS outlet, a.published_at AS publishedAt`;

// Prepared once per connection: the candidate lookups run many times per article.
const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
function prepare(sqlite: Database.Database) {
  return {
    articleClaims: sqlite.prepare(`SELECT ${MATCH_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.article_id = ? AND c.deleted_at IS NULL AND c.value IS NOT NULL ORDER BY c.start`),
    // Both lookups are ranges of claims_kind_unit_counted_value (kind, unit, lower(counted), value).
    byCounted: sqlite.prepare(`SELECT id FROM claims
      WHERE kind = ? AND unit IS ? AND lower("counted") = ? AND value BETWEEN ? AND ? AND article_id <> ? AND deleted_at IS NULL
      LIMIT 200`),
    uncountedAbove: sqlite.prepare(`SELECT id FROM claims
      WHERE kind = ? AND unit IS ? AND lower("counted") IS NULL AND value BETWEEN ? AND ? AND article_id <> ? AND deleted_at IS NULL
      ORDER BY value ASC LIMIT 20`),
    uncountedBelow: sqlite.prepare(`SELECT id FROM claims
      WHERE kind = ? AND unit IS ? AND lower("counted") IS NULL AND value BETWEEN ? AND ? AND article_id <> ? AND deleted_at IS NULL
      ORDER BY value DESC LIMIT 20`),
    partIds: sqlite.prepare(`SELECT claim_id AS id FROM link_suggestions
      WHERE relation = 'part_of' AND state <> 'dismissed' AND claim_id IN (SELECT value FROM json_each(?))
        AND candidate_id IN (SELECT id FROM claims c2 WHERE c2.value > (SELECT value FROM claims c3 WHERE c3.id = link_suggestions.claim_id))
      UNION SELECT from_claim_id FROM claim_links WHERE relation = 'part_of' AND from_claim_id IN (SELECT value FROM json_each(?))`),
    undatedBodies: sqlite.prepare(`SELECT id, body FROM articles WHERE published_at IS NULL AND id IN (SELECT value FROM json_each(?))`),
    claimsByIds: sqlite.prepare(`SELECT ${MATCH_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL AND c.value IS NOT NULL`),
  };
}
function stmts(db: DbOrTx) {
  const sqlite = (db as unknown as { $client: Database.Database }).$client;
  let s = statements.get(sqlite);
  if (!s) statements.set(sqlite, (s = prepare(sqlite)));
  return s;
}

function toMatchClaims(db: DbOrTx, rows: Row[]): MatchClaim[] {
  const undated = [...new Set(rows.filter((r) => !r.publishedAt).map((r) => r.articleId))];
  const bodies = new Map<number, string>();
  if (undated.length) {
    for (const a of stmts(db).undatedBodies.all(JSON.stringify(undated)) as { id: number; body: string }[]) bodies.set(a.id, a.body);
  }
  return rows.map(({ publishedAt, ...r }) => ({ ...r, date: claimDate(publishedAt, bodies.get(r.articleId) ?? null) }));
}

export function loadArticleMatchClaims(db: DbOrTx, { articleId }: { articleId: number }): MatchClaim[] {
  return toMatchClaims(db, stmts(db).articleClaims.all(articleId) as Row[]);
}

export function loadMatchClaimsByIds(db: DbOrTx, { ids }: { ids: number[] }): MatchClaim[] {
  if (!ids.length) return [];
  return toMatchClaims(db, stmts(db).claimsByIds.all(JSON.stringify(ids)) as Row[]);
}

/** Which of `ids` are parts of a total in their own article (suggested and not dismissed, or linked). */
export function listPartClaimIds(db: DbOrTx, { ids }: { ids: number[] }): Set<number> {
  if (!ids.length) return new Set();
  const json = JSON.stringify(ids);
  return new Set((stmts(db).partIds.all(json, json) as { id: number }[]).map((r) => r.id));
}

/** Ids of claims in other articles that may measure the same thing: same kind and unit, a value within
 * `window`× either way, and the same counted thing (any of `countedKeys`) or none stated. Index ranges only. */
export function findCandidateIds(
  db: DbOrTx,
  q: { articleId: number; kind: string; unit: string | null; value: number; countedKeys: string[]; window: number },
): number[] {
  const s = stmts(db);
  const lo = q.value / q.window;
  const hi = q.value * q.window;
  const ids = new Set<number>();
  for (const key of q.countedKeys) {
    for (const r of s.byCounted.all(q.kind, q.unit, key, lo, hi, q.articleId) as { id: number }[]) ids.add(r.id);
  }
  for (const r of s.uncountedAbove.all(q.kind, q.unit, q.value, hi, q.articleId) as { id: number }[]) ids.add(r.id);
  for (const r of s.uncountedBelow.all(q.kind, q.unit, lo, q.value, q.articleId) as { id: number }[]) ids.add(r.id);
  return [...ids];
}

/**
 * Replaces the open suggestions touching `claimIds` with `pairs` (the caller gives both directions, so
 * each side shows the other). Confirmed and dismissed rows are kept as they are: a dismissal never comes back.
 */
export function replaceOpenSuggestions(db: Db, { claimIds, pairs }: { claimIds: number[]; pairs: ScoredPair[] }): void {
  db.transaction((tx) => {
    for (let i = 0; i < claimIds.length; i += 400) {
      const slice = claimIds.slice(i, i + 400);
      tx.delete(linkSuggestions)
        .where(and(eq(linkSuggestions.state, "open"), or(inArray(linkSuggestions.claimId, slice), inArray(linkSuggestions.candidateId, slice))))
        .run();
    }
    const rows = pairs;
    for (let i = 0; i < rows.length; i += 150) {
      tx.insert(linkSuggestions).values(rows.slice(i, i + 150)).onConflictDoNothing().run();
    }
  });
}

export interface SuggestionView {
  id: number;
  claimId: number;
  relation: string;
  score: number;
  reason: string;
  candidateId: number;
  candidateQuote: string;
  candidateValue: number | null;
  candidateArticleId: number;
  candidateArticleTitle: string;
  candidateOutlet: string | null;
  candidatePublishedAt: string | null;
}

/** Open suggestions for every claim of an article, best first, in one query. */
export function listOpenSuggestionsForArticle(db: Db, { articleId }: { articleId: number }): SuggestionView[] {
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
    .where(and(inArray(linkSuggestions.claimId, own), eq(linkSuggestions.state, "open"), sql`${claims.deletedAt} IS NULL`))
    .orderBy(linkSuggestions.claimId, desc(linkSuggestions.score))
    .all();
}

export function getSuggestion(db: DbOrTx, { id }: { id: number }) {
  return db.select().from(linkSuggestions).where(eq(linkSuggestions.id, id)).get();
}

/** Marks a suggestion and its mirror decided; on confirm, creates the link (direction chosen so it reads
 * true: part → total, newer → older) unless the pair is already linked. Call inside a transaction. */
export function decideSuggestion(
  tx: DbOrTx,
  input: { id: number; state: "confirmed" | "dismissed"; actorId: number; from: number; to: number },
): { linkId: number | null } {
  const s = getSuggestion(tx, { id: input.id });
  if (!s) return { linkId: null };
  const pair = [s.claimId, s.candidateId];
  tx.update(linkSuggestions)
    .set({ state: input.state, decidedBy: input.actorId })
    .where(and(inArray(linkSuggestions.claimId, pair), inArray(linkSuggestions.candidateId, pair)))
    .run();
  appendAudit(tx, {
    actorId: input.actorId,
    entity: "suggestion",
    entityId: s.id,
    claimId: s.claimId,
    action: `suggestion.${input.state}`,
    before: { state: s.state },
    after: { state: input.state, relation: s.relation, candidateId: s.candidateId },
  });
  if (input.state !== "confirmed") return { linkId: null };
  const existing = tx
    .select({ id: claimLinks.id })
    .from(claimLinks)
    .where(
      or(
        and(eq(claimLinks.fromClaimId, input.from), eq(claimLinks.toClaimId, input.to)),
        and(eq(claimLinks.fromClaimId, input.to), eq(claimLinks.toClaimId, input.from)),
      ),
    )
    .get();
  if (existing) return { linkId: existing.id };
  const link = tx
    .insert(claimLinks)
    .values({ fromClaimId: input.from, toClaimId: input.to, relation: s.relation, createdBy: input.actorId })
    .returning({ id: claimLinks.id })
    .get();
  appendAudit(tx, {
    actorId: input.actorId,
    entity: "claim_link",
    entityId: link.id,
    claimId: input.from,
    action: "claim_link.created",
    after: { from: input.from, to: input.to, relation: s.relation, suggestionId: s.id },
  });
  return { linkId: link.id };
}

/** The two ends of a suggested link, with what decides the link's direction. */
export function loadLinkEnds(db: DbOrTx, { ids }: { ids: number[] }) {
  const rows = db
    .select({ id: claims.id, articleId: claims.articleId, value: claims.value, publishedAt: articles.publishedAt })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(inArray(claims.id, ids), sql`${claims.deletedAt} IS NULL`))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}
