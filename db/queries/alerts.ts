import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { preparedQuery, preparedStatement } from "./prepared";
import { alias } from "drizzle-orm/sqlite-core";
import { alerts, articles, claims, WATCHED_CLAIM_SQL, type Alert } from "../schema";
import type { DbOrTx } from "./audit";
import type { Departure } from "@/lib/alerts/departures";
import type { AlertStatus, ClaimStatus, WatchChoice } from "@/lib/domain";

/** A figure's stated range, beside its id (the reading comes from db/queries/suggestions.ts). */
export interface FigureRange {
  id: number;
  low: number | null;
  high: number | null;
}

/** The article's live figures with a value: what the alert check compares. */
export function listArticleFigures(
  db: DbOrTx,
  { articleId }: { articleId: number },
): (FigureRange & { kind: string; unit: string | null; quantity: string | null; value: number })[] {
  return articleFiguresQuery(db).all({ articleId });
}

// Run by every alert check: built once per connection.
const articleFiguresQuery = preparedQuery((db) =>
  db
    .select({
      id: claims.id,
      low: claims.low,
      high: claims.high,
      kind: claims.kind,
      unit: claims.unit,
      quantity: claims.quantity,
      value: sql<number>`${claims.value}`,
    })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, sql.placeholder("articleId")),
        isNull(claims.deletedAt),
        sql`${claims.value} is not null`,
      ),
    )
    .prepare(),
);

/** Watched figures of other articles that may measure the same quantity as any of these figures: same
 * kind, unit and quantity, a value within `window` times (at most 200 per figure). One query for all the
 * figures, each looked up through the partial index of watched claims. */
export function findWatchedFigures(
  db: DbOrTx,
  q: {
    articleId: number;
    figures: { kind: string; unit: string | null; quantity: string; value: number }[];
    window: number;
  },
): FigureRange[] {
  if (!q.figures.length) return [];
  const list = JSON.stringify(
    q.figures.map((f) => [f.kind, f.unit, f.quantity, f.value / q.window, f.value * q.window]),
  );
  // Inside the subquery unqualified names are the claim's columns; the WHERE must contain the partial
  // index's condition word for word (WATCHED_CLAIM_SQL).
  const rows = watchedFiguresStatement(db).all({ articleId: q.articleId, list }) as {
    found: string;
  }[];
  const byId = new Map<number, FigureRange>();
  for (const { found } of rows)
    for (const [id, low, high] of JSON.parse(found) as [number, number | null, number | null][])
      byId.set(id, { id, low, high });
  return [...byId.values()];
}

// Run by every alert check: compiled once per connection.
const watchedFiguresStatement = preparedStatement(`
    select (select json_group_array(json_array(id, low, high)) from (
      select id, low, high from claims indexed by claims_watched_quantity_value
      where kind = l.value ->> 0 and unit is l.value ->> 1 and quantity = l.value ->> 2
        and value between l.value ->> 3 and l.value ->> 4
        and article_id != :articleId
        and ${WATCHED_CLAIM_SQL}
      limit 200)) as found
    from json_each(:list) as l`);

/** Stores the article's departures: a new pair is opened, a pair already raised keeps its state (a
 * dismissed alert stays dismissed), and an open alert the article no longer raises is withdrawn. */
export function replaceOpenAlerts(
  tx: DbOrTx,
  { articleId, departures }: { articleId: number; departures: Departure[] },
): void {
  const keep = new Set(departures.map((d) => `${d.claimId}:${d.watchedClaimId}`));
  const open = openAlertsOfArticleQuery(tx).all({ articleId });
  for (const a of open)
    if (!keep.has(`${a.claimId}:${a.watchedClaimId}`)) deleteAlertQuery(tx).run({ id: a.id });
  // An article can raise hundreds of pairs: one statement prepared once, run per pair.
  const insert = insertAlertQuery(tx);
  for (const { claimId, watchedClaimId, relation, score, reason } of departures)
    insert.run({ claimId, watchedClaimId, relation, score, reason, articleId });
}

// Run by every alert check: built once per connection.
const openAlertsOfArticleQuery = preparedQuery((db) =>
  db
    .select({ id: alerts.id, claimId: alerts.claimId, watchedClaimId: alerts.watchedClaimId })
    .from(alerts)
    .where(and(eq(alerts.articleId, sql.placeholder("articleId")), eq(alerts.status, "open")))
    .prepare(),
);

const deleteAlertQuery = preparedQuery((db) =>
  db
    .delete(alerts)
    .where(eq(alerts.id, sql.placeholder("id")))
    .prepare(),
);

const insertAlertQuery = preparedQuery((db) =>
  db
    .insert(alerts)
    .values({
      claimId: sql.placeholder("claimId"),
      watchedClaimId: sql.placeholder("watchedClaimId"),
      relation: sql.placeholder("relation"),
      score: sql.placeholder("score"),
      reason: sql.placeholder("reason"),
      articleId: sql.placeholder("articleId"),
    })
    .onConflictDoNothing({ target: [alerts.claimId, alerts.watchedClaimId] })
    .prepare(),
);

/** The top bar's figure: one index-only count of the open alerts. */
// The top bar shows it on every page.
const openAlertCountQuery = preparedQuery((db) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(alerts)
    .where(eq(alerts.status, "open"))
    .prepare(),
);

export function countOpenAlerts(db: DbOrTx): number {
  return openAlertCountQuery(db).get()?.n ?? 0;
}

/** One side of an alert: the figure, its words, and where it was printed. */
export interface AlertSide {
  claimId: number;
  quote: string;
  value: number | null;
  saidBy: string | null;
  status: ClaimStatus;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  publishedAt: string | null;
}

export interface AlertView {
  id: number;
  version: number;
  relation: string;
  reason: string;
  score: number;
  createdAt: number;
  fresh: AlertSide;
  watched: AlertSide;
}

/** A position on the desk: the (createdAt, id) of the last alert shown. */
export interface AlertCursor {
  at: number;
  id: number;
}

function selectAlertViews(db: DbOrTx) {
  const fc = alias(claims, "fresh_claim");
  const fa = alias(articles, "fresh_article");
  const wc = alias(claims, "watched_claim");
  const wa = alias(articles, "watched_article");
  const side = (
    c: ReturnType<typeof alias<typeof claims, string>>,
    a: ReturnType<typeof alias<typeof articles, string>>,
  ) => ({
    claimId: c.id,
    quote: c.quote,
    value: c.value,
    saidBy: c.saidBy,
    status: c.status,
    articleId: a.id,
    articleTitle: a.title,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
  });
  return db
    .select({
      id: alerts.id,
      version: alerts.version,
      relation: alerts.relation,
      reason: alerts.reason,
      score: alerts.score,
      createdAt: alerts.createdAt,
      fresh: side(fc, fa),
      watched: side(wc, wa),
    })
    .from(alerts)
    .innerJoin(fc, eq(fc.id, alerts.claimId))
    .innerJoin(fa, eq(fa.id, fc.articleId))
    .innerJoin(wc, eq(wc.id, alerts.watchedClaimId))
    .innerJoin(wa, eq(wa.id, wc.articleId));
}

/** The desk: open alerts, newest first, keyset-paged on (createdAt, id) through alerts_status_created. */
export function listOpenAlerts(
  db: DbOrTx,
  { after, limit }: { after?: AlertCursor; limit: number },
): { rows: AlertView[]; hasMore: boolean } {
  const rows = selectAlertViews(db)
    .where(
      and(
        eq(alerts.status, "open"),
        after
          ? or(
              lt(alerts.createdAt, after.at),
              and(eq(alerts.createdAt, after.at), lt(alerts.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(limit + 1)
    .all();
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The article's banner: its open alerts (a handful at most), through alerts_article_status. */
const openAlertsForArticleQuery = preparedQuery((db) =>
  selectAlertViews(db)
    .where(and(eq(alerts.articleId, sql.placeholder("articleId")), eq(alerts.status, "open")))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(50)
    .prepare(),
);

export function listOpenAlertsForArticle(
  db: DbOrTx,
  { articleId }: { articleId: number },
): AlertView[] {
  return openAlertsForArticleQuery(db).all({ articleId });
}

export function getAlertForWrite(tx: DbOrTx, { id }: { id: number }): Alert | undefined {
  return tx.select().from(alerts).where(eq(alerts.id, id)).get();
}

/** Closes an open alert with the version the editor saw; false when it changed first. */
export function closeAlert(
  tx: DbOrTx,
  q: {
    id: number;
    version: number;
    status: Exclude<AlertStatus, "open">;
    linkId: number | null;
    closedBy: number;
    now: number;
  },
): boolean {
  const result = tx
    .update(alerts)
    .set({
      status: q.status,
      linkId: q.linkId,
      closedBy: q.closedBy,
      closedAt: q.now,
      version: sql`${alerts.version} + 1`,
    })
    .where(and(eq(alerts.id, q.id), eq(alerts.version, q.version), eq(alerts.status, "open")))
    .run();
  return result.changes === 1;
}

/** Sets a claim's watch choice only when it is still the one the checker saw (compare-and-set on the
 * choice itself: watching is the desk's attention, not the claim's content, so it leaves the claim's
 * version alone and never turns someone's open edit of the claim into a conflict). */
export function setClaimWatch(
  tx: DbOrTx,
  q: { id: number; seen: WatchChoice | null; watch: WatchChoice | null },
): boolean {
  const result = tx
    .update(claims)
    .set({ watch: q.watch })
    .where(
      and(eq(claims.id, q.id), q.seen === null ? isNull(claims.watch) : eq(claims.watch, q.seen)),
    )
    .run();
  return result.changes === 1;
}

/** The watch choice of each of the article's claims that has one (the claim panel's toggle). */
const watchChoicesQuery = preparedQuery((db) =>
  db
    .select({ id: claims.id, watch: claims.watch })
    .from(claims)
    .where(
      and(eq(claims.articleId, sql.placeholder("articleId")), sql`${claims.watch} is not null`),
    )
    .prepare(),
);

export function listWatchChoices(
  db: DbOrTx,
  { articleId }: { articleId: number },
): Map<number, WatchChoice> {
  const rows = watchChoicesQuery(db).all({ articleId });
  return new Map(rows.map((r) => [r.id, r.watch!]));
}

/** What a watch change needs of its claim. */
export function getClaimWatch(tx: DbOrTx, { id }: { id: number }) {
  return tx
    .select({
      id: claims.id,
      articleId: claims.articleId,
      status: claims.status,
      deletedAt: claims.deletedAt,
      watch: claims.watch,
    })
    .from(claims)
    .where(eq(claims.id, id))
    .get();
}

/** Both figures of an alert with their articles' dates, to point the link the way it reads true. */
export function loadAlertEnds(tx: DbOrTx, { ids }: { ids: number[] }) {
  return tx
    .select({
      id: claims.id,
      articleId: claims.articleId,
      value: claims.value,
      deletedAt: claims.deletedAt,
      publishedAt: articles.publishedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(inArray(claims.id, ids))
    .all();
}
