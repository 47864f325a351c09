import { and, eq } from "drizzle-orm";
import type { AuditAction } from "@/lib/domain";
import type { DomainError } from "@/lib/domain-error";
import { claims, type Claim, type NewClaim } from "../schema";
import { appendAudit, type DbOrTx } from "../queries/audit";

export interface ClaimWrite {
  id: number;
  version: number;
  patch: Partial<NewClaim>;
  actorId: number;
  action: AuditAction;
  /** Words the user gave (a reason, a note), kept in the history entry. */
  note?: string;
  /** Refuses (throws) when the claim's state does not allow the change; `sameVersion` tells whether the
   * caller saw the claim as it is, so a stale caller hears about the newer state instead. */
  check: (claim: Claim, sameVersion: boolean) => void;
  missing: () => DomainError;
  conflict: (current: Claim) => DomainError;
}

/**
 * The one way to change a claim row, inside the caller's transaction: load it, let the use case check it,
 * update only if it is still at `version` (optimistic concurrency: zero rows means someone else saved
 * first, and nothing is overwritten), bump the version, and append the audit event with old → new values.
 */
export function writeClaim(tx: DbOrTx, input: ClaimWrite): Claim {
  const before = tx.select().from(claims).where(eq(claims.id, input.id)).get();
  if (!before) throw input.missing();
  input.check(before, before.version === input.version);
  if (before.version !== input.version) throw input.conflict(before);
  const updated = tx
    .update(claims)
    .set({ ...input.patch, version: before.version + 1, updatedAt: Date.now() })
    .where(and(eq(claims.id, input.id), eq(claims.version, input.version)))
    .returning()
    .get();
  if (!updated) {
    const current = tx.select().from(claims).where(eq(claims.id, input.id)).get();
    throw current ? input.conflict(current) : input.missing();
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
  return updated;
}
