import { sql, type SQL } from "drizzle-orm";
import type { SearchClaimHit, SearchGroup, SearchResult } from "../queries/search";
import { CLAIMS_PER_GROUP, GROUP_LIMIT } from "../queries/search";
import { hasClaimFilter, type SearchQuery } from "@/lib/validation/search";
import { searchTerms } from "@/lib/search/fts-query";
import { assembleGroups, groupHits, type ClaimRow } from "@/lib/search/group-hits";
import { MARK_CLOSE, MARK_OPEN } from "@/lib/search/marks";
import type { SqlRunner } from "./types";

/*
 * Search on PostgreSQL: db/queries/search.ts's searchClaims with PostgreSQL's full-text search in place
 * of FTS5, the same filters, windows, limits and grouping (lib/search/group-hits.ts). Each table's
 * document is the `*_search(...)` function its GIN index is built on (db/pg/migrations/0002), so every
 * `@@` below is answered from the index. Where it differs from SQLite, and why:
 * - rank: `ts_rank` with the column weights, divided by 1 + log(length) (normalization 1), in place of
 *   bm25. Both count the matched words and prefer shorter texts; bm25 also weighs a word by its rarity in
 *   the whole table (IDF), which PostgreSQL keeps no statistics for. The same query finds the same
 *   articles and claims on both; the order differs where IDF or bm25's length term decides it: words
 *   found in every article (bm25 scores near 0, ties broken by noise) and a rare word repeated in a long
 *   text (ts_rank counts the repeats). pg-search.test.ts shows which of the search tests' queries agree.
 * - stemming: Snowball English (Porter 2) in place of FTS5's original Porter: the same stems for the
 *   common plural and verb endings, a few rare words stem differently.
 * - a note's snippet: `ts_headline` picks its own fragment (up to 12 words), not FTS5's snippet().
 */

const CLAIM_LIMIT = 400;
const TEXT_WINDOW = 2000;
const ARTICLE_WINDOW = 500;

/** The terms as a tsquery: every word (or "quoted phrase", words in order) must match, or any (`|`). */
function tsQuery(terms: string[], join: "&&" | "||"): SQL {
  return sql`(${sql.join(
    terms.map((t) => sql`phraseto_tsquery('public.tally', ${t})`),
    sql.raw(` ${join} `),
  )})`;
}

function claimConditions(q: SearchQuery): SQL[] {
  const where: SQL[] = [sql`c.deleted_at is null`];
  if (q.min !== undefined) where.push(sql`c.value >= ${q.min}`);
  if (q.max !== undefined) where.push(sql`c.value <= ${q.max}`);
  if (q.kind) where.push(sql`c.kind = ${q.kind}`);
  // SQLite's `collate nocase` is ASCII-only case folding; lower() folds the same letters and more.
  if (q.unit) where.push(sql`lower(c.unit) = lower(${q.unit})`);
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
  if (q.outlet) where.push(sql`lower(a.outlet) = lower(${q.outlet})`);
  if (q.from) where.push(sql`a.published_at >= ${q.from}`);
  // As on SQLite: "2017-12-31T10:00" and "2017-12-31" both sort before "2017-12-31~" (C collation).
  if (q.to) where.push(sql`a.published_at < ${`${q.to}~`} collate "C"`);
  return where;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);
const idList = (ids: number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

// Column weights as ts_rank takes them ({D, C, B, A}, each at most 1): bm25(claims_fts, 1.0, 2.0)'s
// quote (D) to counted thing (B), bm25(articles_fts, 10.0, 1.0)'s title (A) to body (D).
const CLAIM_WEIGHTS = sql.raw(`'{0.5, 0, 1.0, 0}'::float4[]`);
const ARTICLE_WEIGHTS = sql.raw(`'{0.1, 0, 0, 1.0}'::float4[]`);

function directClaimHits(db: SqlRunner, query: SQL, where: SQL): Promise<ClaimRow[]> {
  return db.all<ClaimRow>(sql`
    with hits(claim_id, score) as (
      (select id, -ts_rank(${CLAIM_WEIGHTS}, public.claims_search(quote, counted), ${query}, 1) from claims
        where public.claims_search(quote, counted) @@ ${query} order by id desc limit ${TEXT_WINDOW})
      union all
      (select n.claim_id, -ts_rank(public.notes_search(n.plain_text), ${query}, 1) from notes n
        where public.notes_search(n.plain_text) @@ ${query} and n.deleted_at is null
        order by n.id desc limit ${TEXT_WINDOW})
      union all
      (select cs.claim_id, -ts_rank(public.sources_search(s.title, s.publisher, s.url), ${query}, 1)
        from sources s join claim_sources cs on cs.source_id = s.id
        where public.sources_search(s.title, s.publisher, s.url) @@ ${query}
        order by s.id desc limit ${TEXT_WINDOW})
    )
    select c.id as "id", c.article_id as "articleId", min(h.score) as "score"
    from hits h
    join claims c on c.id = h.claim_id
    join articles a on a.id = c.article_id
    where ${where}
    group by c.id
    order by min(h.score), c.id desc
    limit ${CLAIM_LIMIT}`);
}

function articleHits(db: SqlRunner, query: SQL, where: SQL) {
  return db.all<{ articleId: number; score: number }>(sql`
    select h.article_id as "articleId", h.score as "score"
    from (select id as article_id,
            -ts_rank(${ARTICLE_WEIGHTS}, public.articles_search(title, body), ${query}, 1) as score
          from articles where public.articles_search(title, body) @@ ${query}
          order by id desc limit ${ARTICLE_WINDOW}) h
    join articles a on a.id = h.article_id
    where ${where}
    order by h.score
    limit ${GROUP_LIMIT + 1}`);
}

function claimsInArticles(db: SqlRunner, articleIds: number[], where: SQL): Promise<ClaimRow[]> {
  if (!articleIds.length) return Promise.resolve([]);
  return db.all<ClaimRow>(sql`
    select c.id as "id", c.article_id as "articleId", 0 as "score"
    from claims c join articles a on a.id = c.article_id
    where c.article_id in (${idList(articleIds)}) and ${where}
    order by c.article_id desc, c.start
    limit ${CLAIM_LIMIT}`);
}

function filteredClaims(db: SqlRunner, where: SQL, byValue: boolean): Promise<ClaimRow[]> {
  return db.all<ClaimRow>(sql`
    select c.id as "id", c.article_id as "articleId", 0 as "score"
    from claims c join articles a on a.id = c.article_id
    where ${where}
    order by ${byValue ? sql`c.value, c.id` : sql`c.id desc`}
    limit ${CLAIM_LIMIT}`);
}

/** searchClaims (db/queries/search.ts) on PostgreSQL: the same arguments, the same result. */
export async function searchClaimsPg(db: SqlRunner, q: SearchQuery): Promise<SearchResult> {
  const terms = q.q ? searchTerms(q.q) : [];
  const query = terms.length ? tsQuery(terms, "&&") : null;
  const claimWhere = and([...claimConditions(q), ...articleConditions(q)]);
  const articleWhere = and(articleConditions(q));
  const narrowsClaims = hasClaimFilter(q);

  let claimRows: ClaimRow[];
  let articleScores = new Map<number, number>();
  if (query) {
    claimRows = await directClaimHits(db, query, claimWhere);
    const articles = await articleHits(db, query, articleWhere);
    articleScores = new Map(articles.map((a) => [a.articleId, a.score]));
    if (narrowsClaims) {
      const seen = new Set(claimRows.map((c) => c.id));
      for (const row of await claimsInArticles(db, [...articleScores.keys()], claimWhere))
        if (!seen.has(row.id)) claimRows.push({ ...row, score: articleScores.get(row.articleId)! });
    }
  } else if (q.q) {
    return { groups: [], truncated: false };
  } else {
    claimRows = await filteredClaims(db, claimWhere, q.min !== undefined || q.max !== undefined);
  }
  const truncated = claimRows.length >= CLAIM_LIMIT;
  const { shown, more } = groupHits(claimRows, articleScores, {
    ranked: !!query,
    narrowsClaims,
    limit: GROUP_LIMIT,
  });
  const markQuery = terms.length ? tsQuery(terms, "||") : null;
  const claims = await loadClaimHits(
    db,
    shown.flatMap(([, ids]) => ids.slice(0, CLAIMS_PER_GROUP)),
    markQuery,
  );
  const heads = await loadArticleHeads(
    db,
    shown.map(([id]) => id),
    markQuery,
  );
  const groups = assembleGroups(shown, heads, claims, CLAIMS_PER_GROUP);
  return { groups, truncated: truncated || more };
}

// ts_headline's options: the whole text with every match marked, or a fragment of up to `words` words.
const whole = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, HighlightAll=true`;
const fragment = (words: number) =>
  `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=${words}, MinWords=${Math.min(words, 5)}, MaxFragments=1, FragmentDelimiter=…`;

async function loadClaimHits(db: SqlRunner, ids: number[], query: SQL | null) {
  const out = new Map<number, SearchClaimHit>();
  if (!ids.length) return out;
  const rows = await db.all<Omit<SearchClaimHit, "noteSnippet" | "sourceSnippet">>(sql`
    select id, quote, counted, value, kind, unit, status, verdict from claims where id in (${idList(ids)})`);
  for (const r of rows) out.set(r.id, { ...r, noteSnippet: null, sourceSnippet: null });
  if (!query) return out;
  for (const id of ids) {
    const hit = out.get(id)!;
    const own = await db.get<{ quote: string; counted: string | null }>(sql`
      select ts_headline('public.tally', quote, ${query}, ${whole}) as quote,
             case when counted is null then null
                  else ts_headline('public.tally', counted, ${query}, ${whole}) end as counted
      from claims where id = ${id} and public.claims_search(quote, counted) @@ ${query}`);
    if (own) {
      hit.quote = own.quote;
      hit.counted = own.counted;
      continue;
    }
    const note = await db.get<{ snippet: string }>(sql`
      select ts_headline('public.tally', n.plain_text, ${query}, ${fragment(12)}) as snippet
      from notes n where n.claim_id = ${id} and n.deleted_at is null
        and public.notes_search(n.plain_text) @@ ${query} limit 1`);
    if (note) {
      hit.noteSnippet = note.snippet;
      continue;
    }
    const source = await db.get<{ snippet: string }>(sql`
      select ts_headline('public.tally', s.title, ${query}, ${whole}) as snippet
      from claim_sources cs join sources s on s.id = cs.source_id
      where cs.claim_id = ${id} and public.sources_search(s.title, s.publisher, s.url) @@ ${query} limit 1`);
    if (source) hit.sourceSnippet = source.snippet;
  }
  return out;
}

async function loadArticleHeads(db: SqlRunner, ids: number[], query: SQL | null) {
  const out = new Map<number, Omit<SearchGroup, "claims" | "moreClaims">>();
  if (!ids.length) return out;
  const rows = await db.all<{
    articleId: number;
    title: string;
    outlet: string | null;
    publishedAt: string | null;
  }>(sql`
    select id as "articleId", title, outlet, published_at as "publishedAt"
    from articles where id in (${idList(ids)})`);
  for (const r of rows) out.set(r.articleId, { ...r, bodySnippet: null });
  if (!query) return out;
  for (const id of ids) {
    const head = out.get(id);
    if (!head) continue;
    const hit = await db.get<{ title: string; snippet: string; bodyMatches: boolean }>(sql`
      select ts_headline('public.tally', title, ${query}, ${whole}) as title,
             ts_headline('public.tally', body, ${query}, ${fragment(24)}) as snippet,
             to_tsvector('public.tally', body) @@ ${query} as "bodyMatches"
      from articles where id = ${id} and public.articles_search(title, body) @@ ${query}`);
    if (!hit) continue;
    head.title = hit.title;
    if (hit.bodyMatches) head.bodySnippet = hit.snippet;
  }
  return out;
}
