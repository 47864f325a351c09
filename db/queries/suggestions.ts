import { writeTransaction } from "../write-transaction";
import { alias } from "drizzle-orm/sqlite-core";
import { and, desc, eq, inArray, isNull, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claimLinks, claims, linkSuggestions, type LinkSuggestion } from "../schema";
import type { DbOrTx } from "./audit";
import type { MatchClaim, ScoredPair, SuggestionView } from "@/lib/suggest/types";
import { claimDate } from "@/lib/suggest/claim-date";

/** A claim as the candidate queries return it: the scorer's MatchClaim before its date is worked out. */
type MatchRow = Omit<MatchClaim, "date"> & { publishedAt: string | null };

/** At most this many ids in one `IN (...)` list (SQLite allows 32,766 bound values). */
const CHUNK = 900;
function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

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
  const bodies = new Map<number, string>();
  for (const slice of chunks(articleIds))
    for (const a of db
      .select({ id: articles.id, body: articles.body })
      .from(articles)
      .where(and(isNull(articles.publishedAt), inArray(articles.id, slice)))
      .all())
      bodies.set(a.id, a.body);
  return bodies;
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

export function loadArticleMatchClaims(
  db: DbOrTx,
  { articleId }: { articleId: number },
): MatchClaim[] {
  const rows = selectMatchRows(db)
    .where(and(eq(claims.articleId, articleId), liveWithValue))
    .orderBy(claims.start)
    .all();
  return toMatchClaims(db, rows);
}

export function loadMatchClaimsByIds(db: DbOrTx, { ids }: { ids: number[] }): MatchClaim[] {
  const rows: Row[] = [];
  for (const slice of chunks(ids))
    rows.push(
      ...selectMatchRows(db)
        .where(and(inArray(claims.id, slice), liveWithValue))
        .all(),
    );
  return toMatchClaims(db, rows);
}

/** Candidates with their stored reading (null when not stored yet): the claim without its text, which
 * the reading stands in for. */
export function loadCandidateReadings(
  db: DbOrTx,
  { ids }: { ids: number[] },
): { claim: MatchClaim; reading: string | null }[] {
  const rows = chunks(ids).flatMap((slice) =>
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
      .where(and(inArray(claims.id, slice), liveWithValue))
      .all(),
  );
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

/** Which of `ids` are parts of a total in their own article that measure the same thing as the total (a
 * breakdown: one year, one province), suggested and not dismissed, or linked. */
export function listPartClaimIds(db: DbOrTx, { ids }: { ids: number[] }): Set<number> {
  const out = new Set<number>();
  const part = alias(claims, "part");
  const total = alias(claims, "total");
  for (const slice of chunks(ids)) {
    for (const r of db
      .select({ id: linkSuggestions.claimId })
      .from(linkSuggestions)
      .innerJoin(part, eq(part.id, linkSuggestions.claimId))
      .innerJoin(total, eq(total.id, linkSuggestions.candidateId))
      .where(
        and(
          inArray(linkSuggestions.claimId, slice),
          eq(linkSuggestions.relation, "part_of"),
          ne(linkSuggestions.state, "dismissed"),
          sql`${total.value} > ${part.value}`,
          sql`${part.quantity} IS ${total.quantity}`,
          sql`${part.quantityWho} IS ${total.quantityWho}`,
        ),
      )
      .all())
      out.add(r.id);
    for (const r of db
      .select({ id: claimLinks.fromClaimId })
      .from(claimLinks)
      .where(and(inArray(claimLinks.fromClaimId, slice), eq(claimLinks.relation, "part_of")))
      .all())
      out.add(r.id);
  }
  return out;
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
 * One statement for all the lookups of an article; each lookup walks claims_kind_unit_quantity_value
 * outwards from its value and stops after a few rows, so the work is bounded however many claims exist.
 */
export function findCandidateIds(
  db: DbOrTx,
  q: { articleId: number; lookups: CandidateLookup[]; window: number; perSide: number },
): number[][] {
  // Fetch twice as many and count figures, not claims: a figure repeated in the headline, the lead and a
  // quote must not crowd out other articles, yet every repeat is kept so each one gets its links.
  const limit = q.perSide * 2;
  const found: { lookup: number; id: number; articleId: number; value: number }[] = [];
  // SQLite allows 500 arms in one compound SELECT: two per lookup.
  for (let from = 0; from < q.lookups.length; from += 200) {
    const arms = q.lookups.slice(from, from + 200).flatMap((l, i) => {
      const near = (
        above: boolean,
      ) => sql`SELECT * FROM (SELECT ${from + i} AS lookup, ${claims.id} AS id,
        ${claims.articleId} AS articleId, ${claims.value} AS value FROM ${claims}
        WHERE ${claims.kind} = ${l.kind} AND ${claims.unit} IS ${l.unit} AND ${claims.quantity} = ${l.quantity}
          AND ${
            above
              ? sql`${claims.value} BETWEEN ${l.value} AND ${l.value * q.window}`
              : sql`${claims.value} >= ${l.value / q.window} AND ${claims.value} < ${l.value}`
          }
          AND ${claims.articleId} <> ${q.articleId} AND ${claims.deletedAt} IS NULL
        ORDER BY ${claims.value} ${above ? sql`ASC` : sql`DESC`} LIMIT ${limit})`;
      return [near(true), near(false)];
    });
    if (arms.length)
      found.push(...db.all<(typeof found)[number]>(sql.join(arms, sql` UNION ALL `)));
  }
  const ids = q.lookups.map(() => new Set<number>());
  const seen = q.lookups.map(() => [new Set<string>(), new Set<string>()]);
  // Nearest first on each side (each arm is ordered so; this does not rely on how arms are joined).
  const distance = (r: (typeof found)[number]) => Math.abs(r.value - q.lookups[r.lookup]!.value);
  found.sort((x, y) => x.lookup - y.lookup || distance(x) - distance(y));
  for (const r of found) {
    const side = seen[r.lookup]![r.value >= q.lookups[r.lookup]!.value ? 0 : 1]!;
    const key = `${r.articleId}:${r.value}`;
    if (!side.has(key) && side.size >= q.perSide) continue;
    side.add(key);
    ids[r.lookup]!.add(r.id);
  }
  return ids.map((s) => [...s]);
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
  for (const slice of chunks(readings)) {
    if (!slice.length) continue;
    const r = sql`r.value`;
    db.run(sql`UPDATE ${claims} SET quantity = ${r} ->> 'quantity', quantity_who = ${r} ->> 'quantityWho',
        said_by = ${r} ->> 'saidBy', scope = ${r} ->> 'scope', reading = ${r} ->> 'reading'
      FROM json_each(${JSON.stringify(slice)}) AS r
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
