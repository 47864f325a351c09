import type { AuditAction } from "@/lib/domain";
import { eq } from "drizzle-orm";
import { claims, type Claim, type ClaimStatus, type NewClaim, type Verdict } from "../schema";
import type { DbOrTx } from "./audit";
import { updateClaimVersioned, type VersionedWrite } from "./claim-writes";

/** A versioned write that also refuses when the claim is not in a state the change applies to
 * (e.g. deciding a claim someone already dismissed): the caller shows `current`, never overwrites. */
export type GuardedWrite = VersionedWrite | { ok: false; reason: "state"; current: Claim };

export function writeIfStatus(
  tx: DbOrTx,
  input: {
    id: number;
    version: number;
    from: ClaimStatus[];
    patch: Partial<NewClaim>;
    actorId: number;
    action: AuditAction;
    note?: string;
  },
): GuardedWrite {
  const current = tx.select().from(claims).where(eq(claims.id, input.id)).get();
  if (!current || current.deletedAt !== null) return { ok: false, reason: "missing" };
  if (current.version !== input.version) return { ok: false, reason: "conflict", current };
  if (!input.from.includes(current.status)) return { ok: false, reason: "state", current };
  return updateClaimVersioned(tx, input);
}

/** Upholds the dispute: the claim is decided with a verdict and a public explanation. */
export function upholdDispute(
  tx: DbOrTx,
  input: {
    id: number;
    version: number;
    verdict: Verdict;
    explanation: string;
    actorId: number;
    now?: number;
  },
): GuardedWrite {
  return writeIfStatus(tx, {
    id: input.id,
    version: input.version,
    from: ["disputed"],
    patch: {
      status: "decided",
      verdict: input.verdict,
      decisionNote: input.explanation,
      decidedBy: input.actorId,
      decidedAt: input.now ?? Date.now(),
    },
    actorId: input.actorId,
    action: "claim.decided",
  });
}

/** Dismisses the dispute: the claim goes back to verified; the note is the status reason and in the history. */
export function dismissDispute(
  tx: DbOrTx,
  input: { id: number; version: number; note: string; actorId: number; now?: number },
): GuardedWrite {
  return writeIfStatus(tx, {
    id: input.id,
    version: input.version,
    from: ["disputed"],
    patch: {
      status: "verified",
      statusReason: input.note,
      statusBy: input.actorId,
      statusAt: input.now ?? Date.now(),
    },
    actorId: input.actorId,
    action: "claim.dismissed",
    note: input.note,
  });
}

/** Reopens a decided claim: disputed again with the editor's reason; the old decision stays in the history. */
export function reopenDecision(
  tx: DbOrTx,
  input: { id: number; version: number; reason: string; actorId: number; now?: number },
): GuardedWrite {
  return writeIfStatus(tx, {
    id: input.id,
    version: input.version,
    from: ["decided"],
    patch: {
      status: "disputed",
      statusReason: input.reason,
      statusBy: input.actorId,
      statusAt: input.now ?? Date.now(),
      verdict: null,
      decisionNote: null,
      decidedBy: null,
      decidedAt: null,
    },
    actorId: input.actorId,
    action: "claim.reopened",
    note: input.reason,
  });
}
