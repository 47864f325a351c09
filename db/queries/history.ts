import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { preparedQuery } from "./prepared";
import type { Db } from "../index";
import { auditEvents, claims, users } from "../schema";
import type { DbOrTx } from "./audit";
import { parseAuditJson, type AuditEventView } from "@/lib/history";

export type HistoryEvent = AuditEventView & { claimId: number };

const eventView = {
  id: auditEvents.id,
  claimId: auditEvents.claimId,
  at: auditEvents.at,
  actorName: users.name,
  action: auditEvents.action,
  beforeJson: auditEvents.beforeJson,
  afterJson: auditEvents.afterJson,
};

/** The audit trail of every claim of the article (live or rejected), newest first, in one query. */
const historyForArticleQuery = preparedQuery((db) => {
  const articleClaims = db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.articleId, sql.placeholder("articleId")));
  return db
    .select(eventView)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(inArray(auditEvents.claimId, articleClaims))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .prepare();
});

/** One claim's audit trail, newest first (what a claim write sends back with the claim). */
const historyForClaimQuery = preparedQuery((db) =>
  db
    .select(eventView)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.claimId, sql.placeholder("claimId")))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .prepare(),
);

type EventRow = ReturnType<ReturnType<typeof historyForClaimQuery>["all"]>[number];

function toHistoryEvent({ beforeJson, afterJson, claimId, ...rest }: EventRow): HistoryEvent {
  return {
    ...rest,
    claimId: claimId!,
    before: parseAuditJson(beforeJson),
    after: parseAuditJson(afterJson),
  };
}

export function listHistoryForClaim(db: Db, { claimId }: { claimId: number }): HistoryEvent[] {
  return historyForClaimQuery(db).all({ claimId }).map(toHistoryEvent);
}

export function listHistoryForArticle(
  db: Db,
  { articleId }: { articleId: number },
): HistoryEvent[] {
  return historyForArticleQuery(db).all({ articleId }).map(toHistoryEvent);
}

/** The last change to one claim row, for telling a user who saved before them. */
export function latestClaimChange(db: DbOrTx, { claimId }: { claimId: number }) {
  return db
    .select({
      at: auditEvents.at,
      actorName: users.name,
      action: auditEvents.action,
      afterJson: auditEvents.afterJson,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entity, "claim"), eq(auditEvents.claimId, claimId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1)
    .get();
}
