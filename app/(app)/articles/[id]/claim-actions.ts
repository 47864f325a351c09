"use server";

import type { AuditAction } from "@/lib/domain";
import { getDb } from "@/db";
import type { NewClaim } from "@/db/schema";
import { getArticleById } from "@/db/queries/articles";
import { findLiveClaimAt, getClaimForWrite, insertClaim } from "@/db/queries/claims";
import { updateClaimVersioned } from "@/db/queries/claim-writes";
import { appendAudit } from "@/db/queries/audit";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { detectClaims } from "@/lib/claims";
import { quoteContext } from "@/lib/claims/context";
import { claimRefSchema, createManualClaimSchema, editClaimSchema } from "@/lib/validation/claim";
import { claimConflict, revalidateArticle } from "./claim-conflict";
import { recomputeAfterClaimChange } from "@/lib/suggest/recompute";

type Written = ActionResult<{ claimId: number; version: number }>;

function versionedWrite(
  claimId: number,
  version: number,
  actorId: number,
  patch: Partial<NewClaim>,
  action: AuditAction,
  expectDeleted: boolean,
): Written {
  const db = getDb();
  const claim = getClaimForWrite(db, { id: claimId });
  if (!claim) return fail(404, "That claim no longer exists.");
  if ((claim.deletedAt !== null) !== expectDeleted && claim.version === version) {
    return fail(
      422,
      expectDeleted
        ? "This claim is not rejected."
        : "This claim was rejected as a false detection; restore it first.",
    );
  }
  const result = db.transaction((tx) =>
    updateClaimVersioned(tx, { id: claimId, version, patch, actorId, action }),
  );
  if (!result.ok)
    return result.reason === "missing"
      ? fail(404, "That claim no longer exists.")
      : claimConflict(db, result.current);
  recomputeAfterClaimChange(db, claimId); // suggested links and flags follow the corrected claim
  revalidateArticle(claim.articleId);
  return ok({ claimId, version: result.claim.version });
}

/** Corrects what the detector read: value (or range), unit, what is counted, qualifier and time scope. */
export async function editClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = editClaimSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, ...fields } = input.data;
  return versionedWrite(claimId, version, auth.user.id, fields, "claim.edited", false);
}

/** A false detection: soft-deleted, listed under "rejected", restorable. */
export async function rejectClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = claimRefSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const patch = { deletedAt: Date.now(), deletedBy: auth.user.id };
  return versionedWrite(
    input.data.claimId,
    input.data.version,
    auth.user.id,
    patch,
    "claim.rejected",
    false,
  );
}

export async function restoreClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = claimRefSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const patch = { deletedAt: null, deletedBy: null };
  return versionedWrite(
    input.data.claimId,
    input.data.version,
    auth.user.id,
    patch,
    "claim.restored",
    true,
  );
}

/** A claim the detector missed, from text the checker selected; the detector still reads its value if it can. */
export async function createManualClaim(raw: unknown): Promise<Written> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = createManualClaimSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { articleId, start, end, quote } = input.data;
  const db = getDb();
  const article = getArticleById(db, { id: articleId });
  if (!article) return fail(404, "That article no longer exists.");
  if (end > article.body.length || article.body.slice(start, end) !== quote) {
    return fail(
      409,
      "The article text changed since you loaded it; reload the page and select the text again.",
    );
  }
  if (quote.trim() !== quote || quote.trim() === "")
    return fail(400, "Select the words of the claim, without surrounding spaces.");
  if (findLiveClaimAt(db, { articleId, start, end }))
    return fail(409, "That text is already a claim.");

  const detected = detectClaims(quote)[0];
  const context = quoteContext(article.body, start, end);
  const row: NewClaim = {
    articleId,
    start,
    end,
    numberStart: detected ? start + detected.numberStart : start,
    numberEnd: detected ? start + detected.numberEnd : end,
    sentenceStart: start,
    sentenceEnd: end,
    ...context,
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
    createdBy: auth.user.id,
  };
  const created = db.transaction((tx) => {
    const claim = insertClaim(tx, row);
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "claim",
      entityId: claim.id,
      action: "claim.created",
      after: { quote: claim.quote, start, end, value: claim.value },
    });
    return claim;
  });
  recomputeAfterClaimChange(db, created.id);
  revalidateArticle(articleId);
  return ok({ claimId: created.id, version: created.version });
}
