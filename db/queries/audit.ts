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
