import { writeTransaction } from "../write-transaction";
import { conflict, notFound, refused, type DomainError } from "@/lib/domain-error";
import {
  ASSIGNABLE_STATUSES,
  type AuditAction,
  type ClaimStatus,
  type Verdict,
} from "@/lib/domain";
import type { Db } from "../index";
import type { Claim, NewClaim } from "../schema";
import type { DbOrTx } from "../queries/audit";
import { getArticleById } from "../queries/articles";
import { getClaimForWrite } from "../queries/claims";
import { isAssignableUser, listClaimsToAssign } from "../queries/assignments";
import type { Actor } from "./actor";
import { writeClaim } from "./claim-write";
import { describeNewerState, type NewerState } from "./newer-state";

export interface DecisionOutcome {
  claimId: number;
  version: number;
  status: string;
  articleId: number;
}

/** A refused decision: what the claim is now, so the stale form can say so and show it. */
function newerState(current: Claim, lead: string): DomainError {
  const state: NewerState = {
    version: current.version,
    status: current.status,
    verdict: current.verdict,
    statusReason: current.statusReason,
    decisionNote: current.decisionNote,
    assigneeId: current.assigneeId,
    updatedAt: current.updatedAt,
  };
  return conflict(
    `${lead}: ${describeNewerState(state)} Reload to see it, then decide again.`,
    state,
  );
}

interface StatusWrite {
  id: number;
  version: number;
  /** The statuses the change applies to. */
  from: readonly ClaimStatus[];
  patch: Partial<NewClaim>;
  action: AuditAction;
  note?: string;
  /** Completes "This claim can no longer be …". */
  verb: string;
}

/** A versioned write that also refuses when the claim is not in a state the change applies to (e.g.
 * deciding a claim someone already dismissed): the caller hears the newer state, nothing is overwritten. */
function writeIfStatus(tx: DbOrTx, actor: Actor, input: StatusWrite): DecisionOutcome {
  const claim = writeClaim(tx, {
    ...input,
    actorId: actor.id,
    missing: () => notFound("This claim no longer exists."),
    conflict: (current) => newerState(current, "Someone else changed this claim first"),
    check: (current, sameVersion) => {
      if (current.deletedAt !== null) throw notFound("This claim no longer exists.");
      if (sameVersion && !input.from.includes(current.status))
        throw newerState(current, `This claim can no longer be ${input.verb}`);
    },
  });
  return {
    claimId: claim.id,
    version: claim.version,
    status: claim.status,
    articleId: claim.articleId,
  };
}

type ClaimRef = { claimId: number; version: number };
type Decision = Omit<StatusWrite, "id" | "version">;

/** An editor's decision on one claim: its own transaction around the status-guarded versioned write. */
function decide(db: Db, actor: Actor, ref: ClaimRef, decision: Decision): DecisionOutcome {
  return writeTransaction(db, (tx) =>
    writeIfStatus(tx, actor, { id: ref.claimId, version: ref.version, ...decision }),
  );
}

/** A new status with the editor's words as its reason, recorded as theirs. */
function statusBy(actor: Actor, status: ClaimStatus, reason: string, now?: number) {
  return { status, statusReason: reason, statusBy: actor.id, statusAt: now ?? Date.now() };
}

/** Upholds a dispute with a verdict and a public explanation: the claim becomes decided. */
export function upholdDispute(
  db: Db,
  actor: Actor,
  input: ClaimRef & { verdict: Verdict; explanation: string; now?: number },
): DecisionOutcome {
  return decide(db, actor, input, {
    from: ["disputed"],
    patch: {
      status: "decided",
      verdict: input.verdict,
      decisionNote: input.explanation,
      decidedBy: actor.id,
      decidedAt: input.now ?? Date.now(),
    },
    action: "claim.decided",
    verb: "decided",
  });
}

/** Dismisses a dispute: the claim goes back to verified; the note is the status reason and in the history. */
export function dismissDispute(
  db: Db,
  actor: Actor,
  input: ClaimRef & { note: string; now?: number },
): DecisionOutcome {
  return decide(db, actor, input, {
    from: ["disputed"],
    patch: statusBy(actor, "verified", input.note, input.now),
    action: "claim.dismissed",
    note: input.note,
    verb: "dismissed",
  });
}

/** Reopens a decided claim: disputed again with the editor's reason; the old decision stays in the history. */
export function reopenDecision(
  db: Db,
  actor: Actor,
  input: ClaimRef & { reason: string; now?: number },
): DecisionOutcome {
  return decide(db, actor, input, {
    from: ["decided"],
    patch: {
      ...statusBy(actor, "disputed", input.reason, input.now),
      verdict: null,
      decisionNote: null,
      decidedBy: null,
      decidedAt: null,
    },
    action: "claim.reopened",
    note: input.reason,
    verb: "reopened",
  });
}

function checkAssignee(tx: DbOrTx, assigneeId: number | null): void {
  if (assigneeId !== null && !isAssignableUser(tx, { id: assigneeId }))
    throw refused("Claims can only be assigned to an active checker or editor.", {
      assigneeId: ["Choose an active checker or editor."],
    });
}

/** One open claim to one person (or nobody, with null); recorded in the claim's history. */
export function assignClaim(
  db: Db,
  actor: Actor,
  input: ClaimRef & { assigneeId: number | null },
): DecisionOutcome {
  return writeTransaction(db, (tx) => {
    checkAssignee(tx, input.assigneeId);
    // Re-assigning to the same person changes nothing: no new version, no history entry.
    const current = getClaimForWrite(tx, { id: input.claimId });
    if (
      current &&
      current.version === input.version &&
      current.deletedAt === null &&
      current.assigneeId === input.assigneeId
    ) {
      const { id: claimId, version, status, articleId } = current;
      return { claimId, version, status, articleId };
    }
    return assignOne(tx, actor, { ...input, note: undefined });
  });
}

function assignOne(
  tx: DbOrTx,
  actor: Actor,
  input: ClaimRef & { assigneeId: number | null; note: string | undefined },
): DecisionOutcome {
  return writeIfStatus(tx, actor, {
    id: input.claimId,
    version: input.version,
    from: ASSIGNABLE_STATUSES,
    patch: { assigneeId: input.assigneeId },
    action: input.assigneeId === null ? "claim.unassigned" : "claim.assigned",
    note: input.note,
    verb: "assigned (only unchecked or disputed claims are)",
  });
}

/** Every open claim of the article to one person (or back to nobody), each through the versioned write so
 * each claim's history records it. Claims already held by that person are left alone. One transaction. */
export function assignArticleClaims(
  db: Db,
  actor: Actor,
  input: { articleId: number; assigneeId: number | null },
): { assigned: number } {
  return writeTransaction(db, (tx) => {
    if (!getArticleById(tx, { id: input.articleId }))
      throw notFound("This article no longer exists.");
    checkAssignee(tx, input.assigneeId);
    const open = listClaimsToAssign(tx, input);
    for (const claim of open)
      assignOne(tx, actor, {
        claimId: claim.id,
        version: claim.version,
        assigneeId: input.assigneeId,
        note: "whole article",
      });
    return { assigned: open.length };
  });
}
