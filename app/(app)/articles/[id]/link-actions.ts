"use server";

import { getDb } from "@/db";
import { getClaimForWrite } from "@/db/queries/claims";
import {
  deleteLink,
  findLinkBetween,
  getLinkById,
  insertLink,
  searchLinkTargets,
  type LinkTarget,
} from "@/db/queries/links";
import { appendAudit } from "@/db/queries/audit";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import {
  linkClaimsSchema,
  searchLinkTargetsSchema,
  unlinkClaimsSchema,
} from "@/lib/validation/link";
import { RELATION_LABELS } from "@/lib/validation/labels";
import { revalidateArticle } from "./claim-conflict";
import { recomputeFlagsAfterLink } from "@/lib/consistency/recompute";

export async function findLinkTargets(raw: unknown): Promise<ActionResult<LinkTarget[]>> {
  const auth = await authorizeAction("article.read");
  if (!auth.ok) return auth;
  const input = searchLinkTargetsSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  if (input.data.query === "") return ok([]);
  return ok(searchLinkTargets(getDb(), input.data));
}

export async function linkClaims(raw: unknown): Promise<ActionResult<{ linkId: number }>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = linkClaimsSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { fromClaimId, toClaimId, relation } = input.data;
  const db = getDb();
  const from = getClaimForWrite(db, { id: fromClaimId });
  const to = getClaimForWrite(db, { id: toClaimId });
  if (!from) return fail(404, "That claim no longer exists.");
  if (!to) return fail(404, "The claim to link to no longer exists.");
  if (from.deletedAt !== null)
    return fail(422, "This claim was rejected; restore it before linking it.");
  if (to.deletedAt !== null)
    return fail(422, "The other claim was rejected as a false detection; it cannot be linked.");

  const result = db.transaction((tx) => {
    const existing = findLinkBetween(tx, { a: fromClaimId, b: toClaimId });
    if (existing)
      return fail(409, `These claims are already linked (${RELATION_LABELS[existing.relation]}).`);
    const link = insertLink(tx, { fromClaimId, toClaimId, relation, createdBy: auth.user.id });
    // One event on each claim, so the link shows in both claims' histories.
    for (const [claimId, otherId] of [
      [fromClaimId, toClaimId],
      [toClaimId, fromClaimId],
    ] as const) {
      appendAudit(tx, {
        actorId: auth.user.id,
        entity: "claim_link",
        entityId: link.id,
        claimId,
        action: "claim_link.created",
        after: { relation, otherClaimId: otherId },
      });
    }
    return ok({ linkId: link.id });
  });
  if (result.ok) {
    if (relation === "part_of") recomputeFlagsAfterLink(db, from.articleId, to.articleId); // sums of parts
    revalidateArticle(from.articleId);
    if (to.articleId !== from.articleId) revalidateArticle(to.articleId);
  }
  return result;
}

export async function unlinkClaims(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = unlinkClaimsSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const link = getLinkById(db, { id: input.data.linkId });
  if (!link) return fail(404, "That link was already removed.");
  db.transaction((tx) => {
    deleteLink(tx, { id: link.id });
    for (const [claimId, otherId] of [
      [link.fromClaimId, link.toClaimId],
      [link.toClaimId, link.fromClaimId],
    ] as const) {
      appendAudit(tx, {
        actorId: auth.user.id,
        entity: "claim_link",
        entityId: link.id,
        claimId,
        action: "claim_link.removed",
        before: { relation: link.relation, otherClaimId: otherId },
      });
    }
  });
  for (const id of new Set([link.fromClaimId, link.toClaimId])) {
    const claim = getClaimForWrite(db, { id });
    if (claim && link.relation === "part_of") recomputeFlagsAfterLink(db, claim.articleId); // sums of parts
    if (claim) revalidateArticle(claim.articleId);
  }
  return ok(null);
}
