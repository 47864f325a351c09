import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { articles, auditEvents, claims, users } from "../schema";
import type { QueueOrder } from "./review";
import { parseAuditJson, type AuditEventView } from "@/lib/history";

const disputer = alias(users, "disputer");
const decider = alias(users, "decider");
const assignee = alias(users, "assignee");

/** One claim with what the decision page shows: its article, the dispute, the decision, the assignee. */
export function getReviewClaim(db: Db, { id }: { id: number }) {
  return db
    .select({
      id: claims.id,
      version: claims.version,
      start: claims.start,
      end: claims.end,
      quote: claims.quote,
      status: claims.status,
      reason: claims.statusReason,
      statusAt: claims.statusAt,
      statusByName: disputer.name,
      verdict: claims.verdict,
      decisionNote: claims.decisionNote,
      decidedAt: claims.decidedAt,
      decidedByName: decider.name,
      assigneeId: claims.assigneeId,
      assigneeName: assignee.name,
      deletedAt: claims.deletedAt,
      articleId: articles.id,
      articleTitle: articles.title,
      outlet: articles.outlet,
      publishedAt: articles.publishedAt,
      body: articles.body,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(disputer, eq(disputer.id, claims.statusBy))
    .leftJoin(decider, eq(decider.id, claims.decidedBy))
    .leftJoin(assignee, eq(assignee.id, claims.assigneeId))
    .where(eq(claims.id, id))
    .get();
}
export type ReviewClaim = NonNullable<ReturnType<typeof getReviewClaim>>;

/** Every audit event about the claim, oldest first (index audit_events_claim). */
export function listClaimHistory(db: Db, { claimId }: { claimId: number }): AuditEventView[] {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      beforeJson: auditEvents.beforeJson,
      afterJson: auditEvents.afterJson,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.claimId, claimId))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id))
    .all()
    .map(({ beforeJson, afterJson, ...rest }) => ({
      ...rest,
      before: parseAuditJson(beforeJson),
      after: parseAuditJson(afterJson),
    }));
}

/** The disputed claims just before and after this position in the queue, for ] and [ (two keyset probes). */
export function getQueueNeighbours(
  db: Db,
  { at, id, order }: { at: number; id: number; order: QueueOrder },
) {
  const probe = (forward: boolean) => {
    // "Forward" means further along the queue: older claims when the queue is newest-first.
    const descending = (order === "newest") === forward;
    const direction = descending ? desc : asc;
    const keyset = descending
      ? sql`(${claims.statusAt}, ${claims.id}) < (${at}, ${id})`
      : sql`(${claims.statusAt}, ${claims.id}) > (${at}, ${id})`;
    return (
      db
        .select({ id: claims.id })
        .from(claims)
        .where(and(eq(claims.status, "disputed"), isNull(claims.deletedAt), keyset))
        .orderBy(direction(claims.statusAt), direction(claims.id))
        .limit(1)
        .get()?.id ?? null
    );
  };
  return { nextId: probe(true), previousId: probe(false) };
}

/** The first claim in the queue, for the decision page of a claim that has already left it. */
export function getFirstInQueue(db: Db, { order }: { order: QueueOrder }): number | null {
  const direction = order === "newest" ? desc : asc;
  return (
    db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.status, "disputed"), isNull(claims.deletedAt)))
      .orderBy(direction(claims.statusAt), direction(claims.id))
      .limit(1)
      .get()?.id ?? null
  );
}
