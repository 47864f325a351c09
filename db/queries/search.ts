import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import type { ClaimStatus, Verdict } from "../schema";
import { hasClaimFilter, type SearchQuery } from "@/lib/validation/search";
import { toFtsAnyQuery, toFtsQuery } from "@/lib/search/fts-query";
import { MARK_CLOSE, MARK_OPEN } from "@/lib/search/marks";
import { assembleGroups, groupHits, type ClaimRow } from "@/lib/search/group-hits";

/** Articles shown, and claims listed under each. */
export const GROUP_LIMIT = 50;
export const CLAIMS_PER_GROUP = 8;
/** Claims gathered before grouping. */
const CLAIM_LIMIT = 400;
/** A very common word matches most of the archive: ranking is done among its newest matches, so a
 * search costs the same whether the word is rare or in every article. */
const TEXT_WINDOW = 2000;
const ARTICLE_WINDOW = 500;

export interface SearchClaimHit {
  id: number;
  /** The quote, with matched words between MARK_OPEN and MARK_CLOSE. */
  quote: string;
  counted: string | null;
  value: number | null;
  kind: string;
  unit: string | null;
  status: ClaimStatus;
  verdict: Verdict | null;
  /** Where the words matched when not in the quote: a note's or a source's snippet. */
  noteSnippet: string | null;
  sourceSnippet: string | null;
}

export interface SearchGroup {
  articleId: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** A passage of the body around the matched words, when the body matched. */
  bodySnippet: string | null;
  claims: SearchClaimHit[];
  /** Matching claims of this article beyond the ones listed. */
  moreClaims: number;
}

export interface SearchResult {
  groups: SearchGroup[];
  /** More matched than is shown: the person should narrow the search. */
  truncated: boolean;
}

function claimConditions(q: SearchQuery): SQL[] {
  const where: SQL[] = [sql`c.deleted_at is null`];
  if (q.min !== undefined) where.push(sql`c.value >= ${q.min}`);
  if (q.max !== undefined) where.push(sql`c.value <= ${q.max}`);
  if (q.kind) where.push(sql`c.kind = ${q.kind}`);
  if (q.unit) where.push(sql`c.unit = ${q.unit} collate nocase`);
  if (q.status) where.push(sql`c.status = ${q.status}`);
  if (q.verdict) where.push(sql`c.verdict = ${q.verdict}`);
  if (q.source)
    where.push(
      sql`exists (select 1 from claim_sources cs where cs.claim_id = c.id and cs.source_id = ${q.source})`,
    );
  return where;
}

function articleConditions(q: SearchQuery): SQL[] {
  const where: SQL[] = [];
  if (q.outlet) where.push(sql`a.outlet = ${q.outlet} collate nocase`);
  if (q.from) where.push(sql`a.published_at >= ${q.from}`);
  // "2017-12-31T10:00" and "2017-12-31" both sort before "2017-12-31~".
  if (q.to) where.push(sql`a.published_at < ${`${q.to}~`}`);
  return where;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`1`);

/** Claims whose own words match (quote, counted thing, a note, a cited source), newest first within the
 * window, with their best bm25 score (lower is better). */
function directClaimHits(db: Db, match: string, where: SQL): ClaimRow[] {
  return db.all<ClaimRow>(sql`
    with hits(claim_id, score) as (
      select * from (select rowid, bm25(claims_fts, 1.0, 2.0) from claims_fts
        where claims_fts match ${match} order by rowid desc limit ${TEXT_WINDOW})
      union all
      select * from (select n.claim_id, bm25(notes_fts) from notes_fts
        join notes n on n.id = notes_fts.rowid
        where notes_fts match ${match} and n.deleted_at is null
        order by notes_fts.rowid desc limit ${TEXT_WINDOW})
      union all
      select * from (select cs.claim_id, bm25(sources_fts) from sources_fts
        join claim_sources cs on cs.source_id = sources_fts.rowid
        where sources_fts match ${match} order by sources_fts.rowid desc limit ${TEXT_WINDOW})
    )
    select c.id as id, c.article_id as articleId, min(h.score) as score
    from hits h
    join claims c on c.id = h.claim_id
    join articles a on a.id = c.article_id
    where ${where}
    group by c.id
    order by score, c.id desc
    limit ${CLAIM_LIMIT}`);
}

/** Articles whose title or body match, newest first within the window, title words weighing more. */
function articleHits(db: Db, match: string, where: SQL): { articleId: number; score: number }[] {
  return db.all(sql`
    select h.article_id as articleId, h.score as score
    from (select rowid as article_id, bm25(articles_fts, 10.0, 1.0) as score from articles_fts
      where articles_fts match ${match} order by rowid desc limit ${ARTICLE_WINDOW}) h
    join articles a on a.id = h.article_id
    where ${where}
    order by h.score
    limit ${GROUP_LIMIT + 1}`);
}

/** Claims passing the filters inside the given articles (articles that matched the words). */
function claimsInArticles(db: Db, articleIds: number[], where: SQL): ClaimRow[] {
  if (!articleIds.length) return [];
  return db.all<ClaimRow>(sql`
    select c.id as id, c.article_id as articleId, 0 as score
    from claims c join articles a on a.id = c.article_id
    where c.article_id in (${sql.join(
      articleIds.map((id) => sql`${id}`),
      sql`, `,
    )}) and ${where}
    order by c.article_id desc, c.start
    limit ${CLAIM_LIMIT}`);
}

/** Filters without words: with a value range, the smallest figures first (read in index order, so a
 * wide range costs no sort of every match); otherwise the newest claims first. */
function filteredClaims(db: Db, where: SQL, byValue: boolean): ClaimRow[] {
  return db.all<ClaimRow>(sql`
    select c.id as id, c.article_id as articleId, 0 as score
    from claims c join articles a on a.id = c.article_id
    where ${where}
    order by ${byValue ? sql`c.value, c.id` : sql`c.id desc`}
    limit ${CLAIM_LIMIT}`);
}

/** Full-text search over articles, claims, notes and sources, combined with filters on claims and
 * articles; grouped by article, best first (by rank with words; without, the smallest figures of a range or the newest claims). */
export function searchClaims(db: Db, q: SearchQuery): SearchResult {
  const match = q.q ? toFtsQuery(q.q) : null;
  const claimWhere = and([...claimConditions(q), ...articleConditions(q)]);
  const articleWhere = and(articleConditions(q));
  const narrowsClaims = hasClaimFilter(q);

  let claimRows: ClaimRow[];
  let articleScores = new Map<number, number>();
  if (match) {
    claimRows = directClaimHits(db, match, claimWhere);
    const articles = articleHits(db, match, articleWhere);
    articleScores = new Map(articles.map((a) => [a.articleId, a.score]));
    // With claim filters, "deaths between 500 and 2,000 in articles about X" lists the article's claims
    // that pass the filters even when the words are in the article and not in the claim.
    if (narrowsClaims) {
      const seen = new Set(claimRows.map((c) => c.id));
      for (const row of claimsInArticles(db, [...articleScores.keys()], claimWhere))
        if (!seen.has(row.id)) claimRows.push({ ...row, score: articleScores.get(row.articleId)! });
    }
  } else if (q.q) {
    return { groups: [], truncated: false };
  } else {
    claimRows = filteredClaims(db, claimWhere, q.min !== undefined || q.max !== undefined);
  }
  const truncated = claimRows.length >= CLAIM_LIMIT;

  const { shown, more } = groupHits(claimRows, articleScores, {
    ranked: !!match,
    narrowsClaims,
    limit: GROUP_LIMIT,
  });
  const shownClaimIds = shown.flatMap(([, ids]) => ids.slice(0, CLAIMS_PER_GROUP));

  // Marks show every matched word, also in a claim or a title that has only some of them.
  const markQuery = q.q ? toFtsAnyQuery(q.q) : null;
  const claims = loadClaimHits(db, shownClaimIds, markQuery);
  const articles = loadArticleHeads(
    db,
    shown.map(([id]) => id),
    markQuery,
  );
  const groups = assembleGroups(shown, articles, claims, CLAIMS_PER_GROUP);
  return { groups, truncated: truncated || more };
}

const idList = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

function loadClaimHits(db: Db, ids: number[], match: string | null): Map<number, SearchClaimHit> {
  const out = new Map<number, SearchClaimHit>();
  if (!ids.length) return out;
  const rows = db.all<Omit<SearchClaimHit, "noteSnippet" | "sourceSnippet">>(sql`
    select id, quote, counted, value, kind, unit, status, verdict from claims where id in (${idList(ids)})`);
  for (const r of rows) out.set(r.id, { ...r, noteSnippet: null, sourceSnippet: null });
  if (!match) return out;
  for (const id of ids) {
    const hit = out.get(id)!;
    const own = db.get<{ quote: string; counted: string | null }>(sql`
      select highlight(claims_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as quote,
             highlight(claims_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}) as counted
      from claims_fts where claims_fts match ${match} and rowid = ${id}`);
    if (own) {
      hit.quote = own.quote;
      hit.counted = own.counted;
      continue;
    }
    const note = db.get<{ snippet: string }>(sql`
      select snippet(notes_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 12) as snippet
      from notes n join notes_fts on notes_fts.rowid = n.id
      where n.claim_id = ${id} and n.deleted_at is null and notes_fts match ${match} limit 1`);
    if (note) {
      hit.noteSnippet = note.snippet;
      continue;
    }
    const source = db.get<{ snippet: string }>(sql`
      select highlight(sources_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as snippet
      from claim_sources cs join sources_fts on sources_fts.rowid = cs.source_id
      where cs.claim_id = ${id} and sources_fts match ${match} limit 1`);
    if (source) hit.sourceSnippet = source.snippet;
  }
  return out;
}

function loadArticleHeads(
  db: Db,
  ids: number[],
  match: string | null,
): Map<number, Omit<SearchGroup, "claims" | "moreClaims">> {
  const out = new Map<number, Omit<SearchGroup, "claims" | "moreClaims">>();
  if (!ids.length) return out;
  const rows = db.all<{
    articleId: number;
    title: string;
    outlet: string | null;
    publishedAt: string | null;
  }>(sql`
    select id as articleId, title, outlet, published_at as publishedAt from articles where id in (${idList(ids)})`);
  for (const r of rows) out.set(r.articleId, { ...r, bodySnippet: null });
  if (!match) return out;
  for (const id of ids) {
    const head = out.get(id);
    if (!head) continue;
    const hit = db.get<{ title: string; snippet: string }>(sql`
      select highlight(articles_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as title,
             snippet(articles_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 24) as snippet
      from articles_fts where articles_fts match ${match} and rowid = ${id}`);
    if (!hit) continue;
    head.title = hit.title;
    // snippet() of a body without the words is its start: shown only when the body itself matched.
    if (hit.snippet.includes(MARK_OPEN)) head.bodySnippet = hit.snippet;
  }
  return out;
}

/** The outlets to suggest in the search form's outlet field (an index-only scan). */
export function listOutlets(db: Db, { limit = 300 }: { limit?: number } = {}): string[] {
  return db
    .all<{ outlet: string }>(
      sql`select distinct outlet from articles where outlet is not null order by outlet limit ${limit}`,
    )
    .map((r) => r.outlet);
}
