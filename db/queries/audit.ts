import type { Db } from "../index";
import type { AuditAction, AuditEntity } from "@/lib/domain";

import type { Tx } from "../write-transaction";
import { preparedStatement } from "./prepared";
export type DbOrTx = Db | Tx;

export interface AuditInput {
  actorId: number | null;
  entity: AuditEntity;
  entityId: number;
  claimId?: number | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/** Appends one event; call it inside the same transaction as the change it records. One statement
 * compiled once per connection: every import and every write appends one, and drizzle built its SQL
 * anew each time. */
export function appendAudit(db: DbOrTx, event: AuditInput): void {
  appendStatement(db).run({
    at: Date.now(),
    actorId: event.actorId,
    entity: event.entity,
    entityId: event.entityId,
    claimId: event.claimId ?? (event.entity === "claim" ? event.entityId : null),
    action: event.action,
    beforeJson: event.before === undefined ? null : JSON.stringify(event.before),
    afterJson: event.after === undefined ? null : JSON.stringify(event.after),
  });
}

const appendStatement = preparedStatement(
  `INSERT INTO audit_events (at, actor_id, entity, entity_id, claim_id, action, before_json, after_json)
    VALUES (:at, :actorId, :entity, :entityId, :claimId, :action, :beforeJson, :afterJson)`,
);

/** The newest audit event's id (0 when there is none): ids only grow, one writer at a time. */
export function latestAuditId(db: DbOrTx): number {
  return (latestStatement(db).get() as { id: number | null }).id ?? 0;
}

const latestStatement = preparedStatement(`SELECT max(id) AS id FROM audit_events`);

/** True when an event other than a new article's import was appended after `since`: the one kind of
 * write that only adds (db/jobs/follow-ups.ts: JobBatch says why this matters). A walk of the rowid
 * from `since`, so it costs what was written since, not the log's size. */
export function writtenSinceBesidesImports(db: DbOrTx, { since }: { since: number }): boolean {
  return sinceStatement(db).get({ since }) !== undefined;
}

const sinceStatement = preparedStatement(
  `SELECT 1 FROM audit_events WHERE id > :since AND action <> 'article.imported' LIMIT 1`,
);
