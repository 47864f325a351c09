import type { AuditAction } from "@/lib/domain";
import { and, eq } from "drizzle-orm";
import { claims, type Claim, type NewClaim } from "../schema";
import { appendAudit, type DbOrTx } from "./audit";

export type VersionedWrite =
  | { ok: true; claim: Claim }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; current: Claim };

/**
 * The one way to change a claim row: only if it is still at `version` (optimistic concurrency),
 * bumping the version and appending the audit event with old → new values of the changed fields.
 * Call inside a transaction. Zero rows updated means someone else saved first: nothing is overwritten.
 */
export function updateClaimVersioned(
  tx: DbOrTx,
  input: {
    id: number;
    version: number;
    patch: Partial<NewClaim>;
    actorId: number;
    action: AuditAction;
    note?: string;
  },
): VersionedWrite {
  const before = tx.select().from(claims).where(eq(claims.id, input.id)).get();
  if (!before) return { ok: false, reason: "missing" };
  if (before.version !== input.version) return { ok: false, reason: "conflict", current: before };
  const updated = tx
    .update(claims)
    .set({ ...input.patch, version: before.version + 1, updatedAt: Date.now() })
    .where(and(eq(claims.id, input.id), eq(claims.version, input.version)))
    .returning()
    .get();
  if (!updated) {
    const current = tx.select().from(claims).where(eq(claims.id, input.id)).get();
    return current ? { ok: false, reason: "conflict", current } : { ok: false, reason: "missing" };
  }
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(input.patch) as (keyof Claim)[]) {
    if (before[key] !== updated[key]) {
      changedBefore[key] = before[key];
      changedAfter[key] = updated[key];
    }
  }
  if (input.note) changedAfter.note = input.note;
  appendAudit(tx, {
    actorId: input.actorId,
    entity: "claim",
    entityId: input.id,
    action: input.action,
    before: changedBefore,
    after: changedAfter,
  });
  return { ok: true, claim: updated };
}
