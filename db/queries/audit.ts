import type { Db } from "../index";
import { auditEvents } from "../schema";
import type { AuditAction, AuditEntity } from "@/lib/domain";

import type { Tx } from "../write-transaction";
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

/** Appends one event; call it inside the same transaction as the change it records. */
export function appendAudit(db: DbOrTx, event: AuditInput): void {
  db.insert(auditEvents)
    .values({
      at: Date.now(),
      actorId: event.actorId,
      entity: event.entity,
      entityId: event.entityId,
      claimId: event.claimId ?? (event.entity === "claim" ? event.entityId : null),
      action: event.action,
      beforeJson: event.before === undefined ? null : JSON.stringify(event.before),
      afterJson: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .run();
}
