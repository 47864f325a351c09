import { sql } from "drizzle-orm";
import type { AuditInput } from "../queries/audit";
import type { SqlRunner } from "./types";

/** db/queries/audit.ts's appendAudit for a service written once: the same row, in standard SQL, on
 * either engine; call it with the write's own tx so the event commits or rolls back with the change. */
export async function appendAuditOn(
  tx: SqlRunner,
  event: AuditInput,
  at = Date.now(),
): Promise<void> {
  const claimId = event.claimId ?? (event.entity === "claim" ? event.entityId : null);
  await tx.run(sql`
    insert into audit_events (at, actor_id, entity, entity_id, claim_id, action, before_json, after_json)
    values (${at}, ${event.actorId}, ${event.entity}, ${event.entityId}, ${claimId}, ${event.action},
      ${event.before === undefined ? null : JSON.stringify(event.before)},
      ${event.after === undefined ? null : JSON.stringify(event.after)})`);
}
