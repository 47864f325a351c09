"use server";

import type { AuditAction } from "@/lib/domain";
import { getDb } from "@/db";
import type { NewClaim } from "@/db/schema";
import { getClaimForWrite } from "@/db/queries/claims";
import { updateClaimVersioned } from "@/db/queries/claim-writes";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import {
  disputeClaimSchema,
  revertClaimStatusSchema,
  verifyClaimSchema,
} from "@/lib/validation/claim";
import { claimConflict, revalidateArticle } from "./claim-conflict";

type Written = ActionResult<{ claimId: number; version: number }>;

function setStatus(
  claimId: number,
  version: number,
  actorId: number,
  patch: Partial<NewClaim>,
  action: AuditAction,
): Written {
  const db = getDb();
  const claim = getClaimForWrite(db, { id: claimId });
  if (!claim) return fail(404, "That claim no longer exists.");
  if (claim.deletedAt !== null)
    return fail(422, "This claim was rejected as a false detection; restore it first.");
  if (claim.status === "decided")
    return fail(422, "An editor has decided this claim; its status can no longer be changed here.");
  const result = db.transaction((tx) =>
    updateClaimVersioned(tx, { id: claimId, version, patch, actorId, action }),
  );
  if (!result.ok)
    return result.reason === "missing"
      ? fail(404, "That claim no longer exists.")
      : claimConflict(db, result.current);
  revalidateArticle(claim.articleId);
  return ok({ claimId, version: result.claim.version });
}

export async function verifyClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = verifyClaimSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const patch = {
    status: "verified" as const,
    statusReason: null,
    statusBy: auth.user.id,
    statusAt: Date.now(),
  };
  return setStatus(input.data.claimId, input.data.version, auth.user.id, patch, "claim.verified");
}

export async function disputeClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = disputeClaimSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, reason } = input.data;
  const patch = {
    status: "disputed" as const,
    statusReason: reason,
    statusBy: auth.user.id,
    statusAt: Date.now(),
  };
  return setStatus(claimId, version, auth.user.id, patch, "claim.disputed");
}

/** Undo of verify or dispute: back to the status before, through the same versioned write. */
export async function revertClaimStatus(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = revertClaimStatusSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, status, reason } = input.data;
  const unchecked = status === "unchecked";
  const patch = {
    status,
    statusReason: status === "disputed" ? reason : null,
    statusBy: unchecked ? null : auth.user.id,
    statusAt: unchecked ? null : Date.now(),
  };
  return setStatus(claimId, version, auth.user.id, patch, "claim.status_undone");
}
