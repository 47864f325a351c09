import { writeTransaction } from "../write-transaction";
import type { z } from "zod";
import { detectClaims } from "@/lib/claims";
import { quoteContext } from "@/lib/claims/context";
import { mayReworkClaim, type AuditAction } from "@/lib/domain";
import { conflict, DomainError, forbidden, notFound, refused } from "@/lib/domain-error";
import type {
  claimRefSchema,
  createManualClaimSchema,
  disputeClaimSchema,
  editClaimSchema,
  revertClaimStatusSchema,
  verifyClaimSchema,
} from "@/lib/validation/claim";
import type { Db } from "../index";
import type { Claim, NewClaim } from "../schema";
import { getArticleById } from "../queries/articles";
import { findLiveClaimAt, insertClaim } from "../queries/claims";
import { appendAudit } from "../queries/audit";
import type { Actor } from "./actor";
import { claimConflict } from "./claim-conflict";
import { writeClaim } from "./claim-write";
import { queueFollowUps } from "./follow-ups";

export interface ClaimWritten {
  claimId: number;
  version: number;
  articleId: number;
}

const GONE = "That claim no longer exists.";
const REJECTED = "This claim was rejected as a false detection; restore it first.";

/** A decided claim belongs to the editors: a checker may no longer correct, reject or restore it. */
function editorsOnlyOnceDecided(actor: Actor, claim: Claim): void {
  if (!mayReworkClaim(actor.role, claim.status))
    throw forbidden(
      "An editor has decided this claim; only an editor can correct, reject or restore it now.",
    );
}

/** The workspace's claim writes: one transaction, the versioned write, then the follow-ups. */
function workspaceWrite(
  db: Db,
  actor: Actor,
  input: { claimId: number; version: number; patch: Partial<NewClaim>; action: AuditAction },
  check: (claim: Claim, sameVersion: boolean) => void,
  followUps: boolean,
): ClaimWritten {
  const claim = writeTransaction(db, (tx) => {
    const written = writeClaim(tx, {
      id: input.claimId,
      version: input.version,
      patch: input.patch,
      actorId: actor.id,
      action: input.action,
      check,
      missing: () => notFound(GONE),
      conflict: (current) => claimConflict(tx, current),
    });
    // Suggested links and flags follow a corrected, rejected or restored claim.
    if (followUps) queueFollowUps(tx, [{ kind: "claims-changed", claimIds: [written.id] }]);
    return written;
  });
  return { claimId: claim.id, version: claim.version, articleId: claim.articleId };
}

/** Verified or disputed: a live claim an editor has not decided yet. */
function statusCheck(claim: Claim): void {
  if (claim.deletedAt !== null) throw refused(REJECTED);
  if (claim.status === "decided")
    throw refused("An editor has decided this claim; its status can no longer be changed here.");
}

/** A checker's status change: a status says nothing about the figure, so suggestions and flags stay. */
function statusWrite(
  db: Db,
  actor: Actor,
  ref: { claimId: number; version: number },
  patch: Partial<NewClaim>,
  action: AuditAction,
): ClaimWritten {
  return workspaceWrite(db, actor, { ...ref, patch, action }, statusCheck, false);
}

export function verifyClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof verifyClaimSchema>,
): ClaimWritten {
  const patch = { status: "verified" as const, statusReason: null, statusBy: actor.id };
  return statusWrite(db, actor, input, { ...patch, statusAt: Date.now() }, "claim.verified");
}

export function disputeClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof disputeClaimSchema> & { now?: number },
): ClaimWritten {
  const patch = { status: "disputed" as const, statusReason: input.reason, statusBy: actor.id };
  const statusAt = input.now ?? Date.now();
  return statusWrite(db, actor, input, { ...patch, statusAt }, "claim.disputed");
}

/** Undo of verify or dispute: back to the status before, through the same versioned write. */
export function revertClaimStatus(
  db: Db,
  actor: Actor,
  input: z.infer<typeof revertClaimStatusSchema>,
): ClaimWritten {
  const { status, reason } = input;
  const unchecked = status === "unchecked";
  const patch = {
    status,
    statusReason: status === "disputed" ? reason : null,
    statusBy: unchecked ? null : actor.id,
    statusAt: unchecked ? null : Date.now(),
  };
  return statusWrite(db, actor, input, patch, "claim.status_undone");
}

/** A change to the claim itself (its reading, or whether it is a claim at all): refused on a claim in the
 * other rejected state than the change expects, and a checker may not touch one an editor decided. Its
 * suggested links and flags follow. */
function reworkWrite(
  db: Db,
  actor: Actor,
  input: { claimId: number; version: number; patch: Partial<NewClaim>; action: AuditAction },
  wantsRejected: boolean,
): ClaimWritten {
  return workspaceWrite(
    db,
    actor,
    input,
    (claim, sameVersion) => {
      if (sameVersion && (claim.deletedAt !== null) !== wantsRejected)
        throw refused(wantsRejected ? "This claim is not rejected." : REJECTED);
      editorsOnlyOnceDecided(actor, claim);
    },
    true,
  );
}

/** Corrects what the detector read: value (or range), unit, what is counted, qualifier and time scope. */
export function editClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof editClaimSchema>,
): ClaimWritten {
  const { claimId, version, ...fields } = input;
  return reworkWrite(db, actor, { claimId, version, patch: fields, action: "claim.edited" }, false);
}

/** A false detection: soft-deleted, listed under "rejected", restorable. */
export function rejectClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof claimRefSchema>,
): ClaimWritten {
  const patch = { deletedAt: Date.now(), deletedBy: actor.id };
  return reworkWrite(db, actor, { ...input, patch, action: "claim.rejected" }, false);
}

export function restoreClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof claimRefSchema>,
): ClaimWritten {
  const patch = { deletedAt: null, deletedBy: null };
  return reworkWrite(db, actor, { ...input, patch, action: "claim.restored" }, true);
}

/** A claim the detector missed, from text the checker selected; the detector still reads its value if it can. */
export function createManualClaim(
  db: Db,
  actor: Actor,
  input: z.infer<typeof createManualClaimSchema>,
): ClaimWritten {
  const { articleId, start, end, quote } = input;
  const claim = writeTransaction(db, (tx) => {
    const article = getArticleById(tx, { id: articleId });
    if (!article) throw notFound("That article no longer exists.");
    if (end > article.body.length || article.body.slice(start, end) !== quote)
      throw conflict(
        "The article text changed since you loaded it; reload the page and select the text again.",
      );
    if (quote.trim() !== quote || quote.trim() === "")
      throw new DomainError(400, "Select the words of the claim, without surrounding spaces.");
    if (findLiveClaimAt(tx, { articleId, start, end }))
      throw conflict("That text is already a claim.");
    const detected = detectClaims(quote)[0];
    const row: NewClaim = {
      articleId,
      start,
      end,
      numberStart: detected ? start + detected.numberStart : start,
      numberEnd: detected ? start + detected.numberEnd : end,
      sentenceStart: start,
      sentenceEnd: end,
      ...quoteContext(article.body, start, end),
      value: detected && Number.isFinite(detected.value) ? detected.value : null,
      low: detected?.low ?? null,
      high: detected?.high ?? null,
      kind: detected?.kind ?? "count",
      unit: detected?.unit ?? null,
      currency: detected?.currency ?? null,
      counted: detected?.counted ?? null,
      qualifier: detected?.qualifier ?? "exact",
      change: detected?.change ?? null,
      from: detected?.from ?? null,
      period: detected?.period ?? null,
      origin: "manual",
      createdBy: actor.id,
    };
    const created = insertClaim(tx, row);
    appendAudit(tx, {
      actorId: actor.id,
      entity: "claim",
      entityId: created.id,
      action: "claim.created",
      after: { quote: created.quote, start, end, value: created.value },
    });
    queueFollowUps(tx, [{ kind: "claims-changed", claimIds: [created.id] }]);
    return created;
  });
  return { claimId: claim.id, version: claim.version, articleId };
}
