import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { articles, claimLinks, claimSources, claims, users, type ClaimStatus } from "../schema";
import { directionOf, keysetPage, type KeysetPage } from "./keyset";

export type QueueOrder = "newest" | "oldest";

/** A position in the queue: the (statusAt, id) of the last row shown, for keyset pagination. */
export interface QueueCursor {
  at: number;
  id: number;
}

export interface QueueFilters {
  articleId?: number;
  outlet?: string;
  disputedBy?: number;
  /** A user id, or "none" for claims nobody is assigned to. */
  assignee?: number | "none";
  /** Only disputes at least this old (ms). */
  minAgeMs?: number;
  /** Only disputes at most this old (ms). */
  maxAgeMs?: number;
  /** Only claims with a contradicting source or a "contradicts" link in either direction. */
  contradicted?: boolean;
}

export interface QueueQuery {
  order: QueueOrder;
  filters: QueueFilters;
  /** Rows after this cursor (in queue order); `before` pages backwards. */
  after?: QueueCursor;
  before?: QueueCursor;
  limit: number;
  /** Injected so tests and benchmarks get stable ages. */
  now?: number;
}

export interface QueueRow {
  id: number;
  version: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  quote: string;
  /** The sentence around the claim and where the claim sits in it. */
  sentence: string;
  quoteStart: number;
  quoteEnd: number;
  reason: string | null;
  disputedAt: number;
  disputedById: number | null;
  disputedByName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
}

const disputer = alias(users, "disputer");
const assignee = alias(users, "assignee");

/** Claims with a contradicting source or link. Each EXISTS is one indexed probe per candidate row. */
export function contradictedCondition(claimId: SQL | typeof claims.id = claims.id): SQL {
  return sql`(exists (select 1 from ${claimSources} where ${claimSources.claimId} = ${claimId} and ${claimSources.stance} = 'contradicts')
    or exists (select 1 from ${claimLinks} where ${claimLinks.fromClaimId} = ${claimId} and ${claimLinks.relation} = 'contradicts')
    or exists (select 1 from ${claimLinks} where ${claimLinks.toClaimId} = ${claimId} and ${claimLinks.relation} = 'contradicts'))`;
}

function filterConditions(filters: QueueFilters, now: number): (SQL | undefined)[] {
  return [
    filters.articleId === undefined ? undefined : eq(claims.articleId, filters.articleId),
    filters.outlet === undefined ? undefined : eq(articles.outlet, filters.outlet),
    filters.disputedBy === undefined ? undefined : eq(claims.statusBy, filters.disputedBy),
    filters.assignee === undefined
      ? undefined
      : filters.assignee === "none"
        ? isNull(claims.assigneeId)
        : eq(claims.assigneeId, filters.assignee),
    filters.minAgeMs === undefined
      ? undefined
      : sql`${claims.statusAt} <= ${now - filters.minAgeMs}`,
    filters.maxAgeMs === undefined
      ? undefined
      : sql`${claims.statusAt} >= ${now - filters.maxAgeMs}`,
    filters.contradicted ? contradictedCondition() : undefined,
  ];
}

/**
 * The disputed-claims queue, keyset-paginated on (statusAt, id) so every page is an index range read on
 * claims_status_at (status, status_at, id) however deep it is. Returns `limit` rows plus whether more exist
 * on either side. The sentence is cut out in SQL so article bodies never leave the database.
 */
export function listDisputedClaims(db: Db, query: QueueQuery): KeysetPage<QueueRow> {
  const rows: QueueRow[] = queueQuery(db, query).all();
  // Paging backwards read the index in the opposite direction: keysetPage flips the rows back.
  return keysetPage(rows, query.limit, directionOf(query));
}

/** The queue's SELECT, unexecuted, so a test can EXPLAIN exactly what the page runs. */
export function queueQuery(db: Db, query: QueueQuery) {
  const now = query.now ?? Date.now();
  const backwards = query.before !== undefined;
  const descending = (query.order === "newest") !== backwards;
  const cursor = query.before ?? query.after;
  const keyset = cursor
    ? descending
      ? sql`(${claims.statusAt}, ${claims.id}) < (${cursor.at}, ${cursor.id})`
      : sql`(${claims.statusAt}, ${claims.id}) > (${cursor.at}, ${cursor.id})`
    : undefined;
  const direction = descending ? desc : asc;
  return db
    .select({
      id: claims.id,
      version: claims.version,
      articleId: claims.articleId,
      articleTitle: articles.title,
      outlet: articles.outlet,
      quote: claims.quote,
      sentence: sql<string>`substr(${articles.body}, ${claims.sentenceStart} + 1, ${claims.sentenceEnd} - ${claims.sentenceStart})`,
      quoteStart: sql<number>`${claims.start} - ${claims.sentenceStart}`,
      quoteEnd: sql<number>`${claims.end} - ${claims.sentenceStart}`,
      reason: claims.statusReason,
      disputedAt: sql<number>`${claims.statusAt}`,
      disputedById: claims.statusBy,
      disputedByName: disputer.name,
      assigneeId: claims.assigneeId,
      assigneeName: assignee.name,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(disputer, eq(disputer.id, claims.statusBy))
    .leftJoin(assignee, eq(assignee.id, claims.assigneeId))
    .where(
      and(
        eq(claims.status, "disputed"),
        isNull(claims.deletedAt),
        keyset,
        ...filterConditions(query.filters, now),
      ),
    )
    .orderBy(direction(claims.statusAt), direction(claims.id))
    .limit(query.limit + 1);
}

/** The same first-page query with OFFSET paging: only the benchmark's baseline uses it. */
export function listDisputedClaimsByOffset(
  db: Db,
  { order, offset, limit }: { order: QueueOrder; offset: number; limit: number },
) {
  const direction = order === "newest" ? desc : asc;
  return db
    .select({
      id: claims.id,
      articleTitle: articles.title,
      reason: claims.statusReason,
      disputedAt: claims.statusAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(eq(claims.status, "disputed"), isNull(claims.deletedAt)))
    .orderBy(direction(claims.statusAt), direction(claims.id))
    .limit(limit)
    .offset(offset)
    .all();
}

/** How many disputed claims the queue's filters let through (all pages), for "3 of 9 match". */
export function countDisputedClaims(
  db: Db,
  { filters, now = Date.now() }: { filters: QueueFilters; now?: number },
): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        eq(claims.status, "disputed"),
        isNull(claims.deletedAt),
        ...filterConditions(filters, now),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Whether any of the queue's filters is set (an empty filter shows every disputed claim). */
export function hasQueueFilter(filters: QueueFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined && v !== false);
}

export type StatusCounts = Record<ClaimStatus, number>;

/** Live claims per status, for the bar chart over the queue. */
export function countClaimsByStatus(db: Db): StatusCounts {
  const counts: StatusCounts = { unchecked: 0, verified: 0, disputed: 0, decided: 0 };
  const rows = db
    .select({ status: claims.status, n: sql<number>`count(*)` })
    .from(claims)
    .where(isNull(claims.deletedAt))
    .groupBy(claims.status)
    .all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** The claims waiting for this user: assigned, and still unchecked or disputed (index claims_assignee_status). */
export function listAssignedOpenClaims(
  db: Db,
  { userId, limit }: { userId: number; limit: number },
) {
  return db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      quote: claims.quote,
      status: claims.status,
      reason: claims.statusReason,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        eq(claims.assigneeId, userId),
        or(eq(claims.status, "unchecked"), eq(claims.status, "disputed")),
        isNull(claims.deletedAt),
      ),
    )
    .orderBy(desc(sql`${claims.status} = 'disputed'`), asc(claims.articleId), asc(claims.start))
    .limit(limit)
    .all();
}

/** Choices for the queue's filters: outlets and people who have disputed or hold assignments. */
export function listQueueFilterOptions(db: Db) {
  const outlets = db
    .selectDistinct({ outlet: articles.outlet })
    .from(articles)
    .where(sql`${articles.outlet} is not null`)
    .orderBy(asc(articles.outlet))
    .all()
    .map((r) => r.outlet!);
  const articleOptions = db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .orderBy(asc(articles.title))
    .all();
  return { outlets, articles: articleOptions };
}

/** Every user's name by id, for naming assignees in a claim's history. */
export function listUserNames(db: Db): Map<number, string> {
  return new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );
}
