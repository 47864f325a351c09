import {
  and,
  asc,
  count,
  eq,
  gt,
  inArray,
  isNull,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from "drizzle-orm";
import type { Db } from "../index";
import {
  articles,
  claimLinks,
  claims,
  claimSources,
  notes,
  sources,
  users,
  type ClaimStatus,
} from "../schema";

/** Everything the exports (Web Annotations, CSV, ClaimReview, API) say about a set of claims:
 * one query per kind of thing, keyed by claim or article id, never one query per claim. */
export interface ExportBundle {
  claims: ExportClaim[];
  articles: Map<number, ExportArticle>;
  users: Map<number, ExportUser>;
  notes: Map<number, ExportNote[]>;
  sources: Map<number, ExportSource[]>;
  /** Links leaving each claim (the link is stored once, on its "from" claim). */
  links: Map<number, ExportLink[]>;
}

export type ExportClaim = typeof claims.$inferSelect;
export interface ExportArticle {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
  createdAt: number;
}
export interface ExportUser {
  id: number;
  name: string;
  email: string;
}
export interface ExportNote {
  id: number;
  claimId: number;
  authorId: number;
  docJson: string;
  plainText: string;
  createdAt: number;
  updatedAt: number | null;
}
export interface ExportSource {
  claimId: number;
  sourceId: number;
  title: string;
  url: string | null;
  normalizedUrl: string | null;
  publisher: string | null;
  publishedOn: string | null;
  type: string;
  stance: string;
  locator: string | null;
  createdBy: number | null;
  createdAt: number;
}
export interface ExportLink {
  fromClaimId: number;
  toClaimId: number;
  relation: string;
  createdBy: number | null;
  createdAt: number;
}

export interface ClaimFilter {
  articleId?: number;
  outlet?: string;
  status?: ClaimStatus;
  /** Matched against the quote and the article title. */
  q?: string;
  /** Only claims with a larger id (keyset pagination). */
  afterId?: number;
  /** Only decided claims (ClaimReview). */
  decidedOnly?: boolean;
  limit?: number;
}

/** Case-insensitive substring match, with the user's % and _ taken literally. */
export function contains(column: AnyColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

function claimConditions(filter: ClaimFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(claims.deletedAt)];
  if (filter.articleId !== undefined) conditions.push(eq(claims.articleId, filter.articleId));
  if (filter.status) conditions.push(eq(claims.status, filter.status));
  if (filter.decidedOnly) conditions.push(eq(claims.status, "decided"));
  if (filter.afterId !== undefined) conditions.push(gt(claims.id, filter.afterId));
  if (filter.outlet) conditions.push(eq(articles.outlet, filter.outlet));
  if (filter.q) {
    conditions.push(or(contains(claims.quote, filter.q), contains(articles.title, filter.q)));
  }
  return and(...conditions);
}

/** Live claims (not soft-deleted) in id order, filtered. */
export function listExportClaims(db: Db, filter: ClaimFilter): ExportClaim[] {
  const query = db
    .select({ claim: claims })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(claimConditions(filter))
    .orderBy(asc(claims.id));
  const rows = filter.limit === undefined ? query.all() : query.limit(filter.limit).all();
  return rows.map((r) => r.claim);
}

/** Every matching claim, one keyset page at a time, each page with its bundle: a whole export is
 * never held in memory, however many claims match. Pulled lazily by the streaming exports. */
export function* iterateExportBundles(
  db: Db,
  filter: Omit<ClaimFilter, "afterId" | "limit">,
  { pageSize = 500, withBodies = false }: { pageSize?: number; withBodies?: boolean } = {},
): Generator<ExportBundle> {
  let afterId: number | undefined;
  for (;;) {
    const page = listExportClaims(db, { ...filter, afterId, limit: pageSize });
    if (page.length === 0) return;
    yield loadExportBundle(db, page, { withBodies });
    if (page.length < pageSize) return;
    afterId = page.at(-1)!.id;
  }
}

export function countExportClaims(db: Db, filter: Omit<ClaimFilter, "afterId" | "limit">): number {
  return (
    db
      .select({ n: count() })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(claimConditions(filter))
      .get()?.n ?? 0
  );
}

export function getExportClaim(db: Db, { id }: { id: number }): ExportClaim | undefined {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.id, id), isNull(claims.deletedAt)))
    .get();
}

/** Loads what the claims refer to: their articles, notes, sources, outgoing links and every user named. */
export function loadExportBundle(
  db: Db,
  claimRows: ExportClaim[],
  { withBodies = true }: { withBodies?: boolean } = {},
): ExportBundle {
  const claimIds = claimRows.map((c) => c.id);
  const articleIds = [...new Set(claimRows.map((c) => c.articleId))];
  const bundle: ExportBundle = {
    claims: claimRows,
    articles: new Map(),
    users: new Map(),
    notes: new Map(),
    sources: new Map(),
    links: new Map(),
  };
  if (claimIds.length === 0) return bundle;

  const articleRows = chunked(articleIds, (ids) =>
    db
      .select({
        id: articles.id,
        title: articles.title,
        outlet: articles.outlet,
        url: articles.url,
        publishedAt: articles.publishedAt,
        // The CSV and the API lists do not need the text; it can be megabytes per article.
        body: withBodies ? articles.body : sql<string>`''`,
        createdAt: articles.createdAt,
      })
      .from(articles)
      .where(inArray(articles.id, ids))
      .all(),
  );
  for (const a of articleRows) bundle.articles.set(a.id, a);

  const noteRows = chunked(claimIds, (ids) =>
    db
      .select({
        id: notes.id,
        claimId: notes.claimId,
        authorId: notes.authorId,
        docJson: notes.docJson,
        plainText: notes.plainText,
        createdAt: notes.createdAt,
        updatedAt: notes.updatedAt,
      })
      .from(notes)
      .where(and(inArray(notes.claimId, ids), isNull(notes.deletedAt)))
      .orderBy(asc(notes.createdAt), asc(notes.id))
      .all(),
  );
  for (const n of noteRows) push(bundle.notes, n.claimId, n);

  const sourceRows = chunked(claimIds, (ids) =>
    db
      .select({
        claimId: claimSources.claimId,
        sourceId: sources.id,
        title: sources.title,
        url: sources.url,
        normalizedUrl: sources.normalizedUrl,
        publisher: sources.publisher,
        publishedOn: sources.publishedOn,
        type: sources.type,
        stance: claimSources.stance,
        locator: claimSources.locator,
        createdBy: claimSources.createdBy,
        createdAt: claimSources.createdAt,
      })
      .from(claimSources)
      .innerJoin(sources, eq(sources.id, claimSources.sourceId))
      .where(inArray(claimSources.claimId, ids))
      .orderBy(asc(claimSources.id))
      .all(),
  );
  for (const s of sourceRows) push(bundle.sources, s.claimId, s);

  const linkRows = chunked(claimIds, (ids) =>
    db
      .select({
        fromClaimId: claimLinks.fromClaimId,
        toClaimId: claimLinks.toClaimId,
        relation: claimLinks.relation,
        createdBy: claimLinks.createdBy,
        createdAt: claimLinks.createdAt,
      })
      .from(claimLinks)
      .innerJoin(claims, eq(claims.id, claimLinks.toClaimId))
      .where(and(inArray(claimLinks.fromClaimId, ids), isNull(claims.deletedAt)))
      .orderBy(asc(claimLinks.id))
      .all(),
  );
  for (const l of linkRows) push(bundle.links, l.fromClaimId, l);

  const userIds = new Set<number>();
  for (const c of claimRows)
    for (const id of [c.createdBy, c.statusBy, c.decidedBy]) if (id !== null) userIds.add(id);
  for (const n of noteRows) userIds.add(n.authorId);
  for (const s of sourceRows) if (s.createdBy !== null) userIds.add(s.createdBy);
  for (const l of linkRows) if (l.createdBy !== null) userIds.add(l.createdBy);
  const userRows = chunked([...userIds], (ids) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, ids))
      .all(),
  );
  for (const u of userRows) bundle.users.set(u.id, u);
  return bundle;
}

// SQLite limits bound parameters per statement.
function chunked<T>(ids: number[], run: (ids: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...run(ids.slice(i, i + 500)));
  return out;
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
