import { and, asc, eq, isNull, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { claims, users, type NewClaim } from "../schema";
import type { DetectedClaim } from "@/lib/claims";
import { quoteContext } from "@/lib/claims/context";
import type { DbOrTx } from "./audit";
import { preparedQuery } from "./prepared";

/** Fields the article page shows for each claim. */
const claimView = {
  id: claims.id,
  start: claims.start,
  end: claims.end,
  numberStart: claims.numberStart,
  numberEnd: claims.numberEnd,
  quote: claims.quote,
  value: claims.value,
  low: claims.low,
  high: claims.high,
  kind: claims.kind,
  unit: claims.unit,
  currency: claims.currency,
  counted: claims.counted,
  qualifier: claims.qualifier,
  change: claims.change,
  from: claims.from,
  period: claims.period,
  saidBy: claims.saidBy,
  origin: claims.origin,
  status: claims.status,
  statusReason: claims.statusReason,
  statusBy: claims.statusBy,
  statusAt: claims.statusAt,
  verdict: claims.verdict,
  decisionNote: claims.decisionNote,
  decidedBy: claims.decidedBy,
  decidedAt: claims.decidedAt,
  assigneeId: claims.assigneeId,
  orphanedAt: claims.orphanedAt,
  deletedAt: claims.deletedAt,
  version: claims.version,
};
export type ClaimView = {
  [
    K in keyof typeof claimView
  ]: (typeof claims.$inferSelect)[K extends keyof typeof claims.$inferSelect ? K : never];
};

export function listClaimsForArticle(db: Db, { articleId }: { articleId: number }): ClaimView[] {
  return db
    .select(claimView)
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start))
    .all();
}

/** One claim as the article page shows it, live or rejected. */
export function getClaimById(db: DbOrTx, { id }: { id: number }): ClaimView | undefined {
  return db.select(claimView).from(claims).where(eq(claims.id, id)).get();
}

export function listRejectedClaimsForArticle(
  db: Db,
  { articleId }: { articleId: number },
): ClaimView[] {
  return db
    .select(claimView)
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNotNull(claims.deletedAt)))
    .orderBy(asc(claims.start))
    .all();
}

export function detectedToRow(
  body: string,
  articleId: number,
  d: DetectedClaim,
  extra: Partial<NewClaim> = {},
): NewClaim {
  const { quote, prefix, suffix } = quoteContext(body, d.start, d.end);
  return {
    articleId,
    start: d.start,
    end: d.end,
    numberStart: d.numberStart,
    numberEnd: d.numberEnd,
    sentenceStart: d.sentenceStart,
    sentenceEnd: d.sentenceEnd,
    quote,
    prefix,
    suffix,
    value: Number.isFinite(d.value) ? d.value : null,
    low: d.low,
    high: d.high,
    kind: d.kind,
    unit: d.unit,
    currency: d.currency,
    counted: d.counted,
    qualifier: d.qualifier,
    change: d.change,
    from: d.from,
    period: d.period,
    origin: "auto",
    ...extra,
  };
}

export function insertClaims(db: DbOrTx, rows: NewClaim[]): void {
  // SQLite caps bound parameters per statement; insert in slices.
  for (let i = 0; i < rows.length; i += 200)
    db.insert(claims)
      .values(rows.slice(i, i + 200))
      .run();
}

export type WorkspaceClaim = ClaimView & {
  statusByName: string | null;
  decidedByName: string | null;
  deletedByName: string | null;
};

const statusUser = alias(users, "status_user");
const decidedUser = alias(users, "decided_user");
const deletedUser = alias(users, "deleted_user");

function selectWorkspaceClaims(db: DbOrTx) {
  return db
    .select({
      ...claimView,
      statusByName: statusUser.name,
      decidedByName: decidedUser.name,
      deletedByName: deletedUser.name,
    })
    .from(claims)
    .leftJoin(statusUser, eq(statusUser.id, claims.statusBy))
    .leftJoin(decidedUser, eq(decidedUser.id, claims.decidedBy))
    .leftJoin(deletedUser, eq(deletedUser.id, claims.deletedBy));
}

const workspaceClaimsQuery = preparedQuery((db) =>
  selectWorkspaceClaims(db)
    .where(eq(claims.articleId, sql.placeholder("articleId")))
    .orderBy(asc(claims.start))
    .prepare(),
);

const workspaceClaimQuery = preparedQuery((db) =>
  selectWorkspaceClaims(db)
    .where(eq(claims.id, sql.placeholder("id")))
    .prepare(),
);

/** Every claim of the article, live and rejected, with the names of who set the status, decided and rejected it:
 * one query for the whole workspace (built once: see prepared.ts). */
export function listWorkspaceClaims(
  db: Db,
  { articleId }: { articleId: number },
): WorkspaceClaim[] {
  return workspaceClaimsQuery(db).all({ articleId });
}

/** One claim as the workspace shows it: what a claim write sends back instead of re-rendering the article. */
export function getWorkspaceClaim(db: Db, { id }: { id: number }): WorkspaceClaim | undefined {
  return workspaceClaimQuery(db).get({ id });
}

/** What a claim write needs to check before it changes anything. */
export function getClaimForWrite(db: DbOrTx, { id }: { id: number }) {
  return db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      status: claims.status,
      deletedAt: claims.deletedAt,
      assigneeId: claims.assigneeId,
      version: claims.version,
    })
    .from(claims)
    .where(eq(claims.id, id))
    .get();
}

export function insertClaim(tx: DbOrTx, row: NewClaim) {
  return tx.insert(claims).values(row).returning().get();
}

export function findLiveClaimAt(
  db: DbOrTx,
  { articleId, start, end }: { articleId: number; start: number; end: number },
) {
  return db
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, articleId),
        eq(claims.start, start),
        eq(claims.end, end),
        isNull(claims.deletedAt),
      ),
    )
    .get();
}
