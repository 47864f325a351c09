import { writeTransaction } from "../write-transaction";
import type { z } from "zod";
import { conflict, notFound, refused } from "@/lib/domain-error";
import type { LinkRelation } from "@/lib/domain";
import { RELATION_LABELS } from "@/lib/validation/labels";
import type { linkClaimsSchema, unlinkClaimsSchema } from "@/lib/validation/link";
import type { Db } from "../index";
import { appendAudit, type DbOrTx } from "../queries/audit";
import { getClaimForWrite } from "../queries/claims";
import { deleteLink, findLinkBetween, getLinkById, insertLink } from "../queries/links";
import type { Actor } from "./actor";
import { queueFollowUps } from "./follow-ups";

/** Both ends of a link, each with the other: one history event per claim, so it shows on both. */
function bothEnds(from: number, to: number) {
  return [
    [from, to],
    [to, from],
  ] as const;
}

/**
 * Stores a link and its history: the one way a link is made, by hand or by confirming a suggestion, so
 * both write the same events. Inside the caller's transaction; an existing link in either direction is kept.
 */
export function createLink(
  tx: DbOrTx,
  actor: Actor,
  input: { fromClaimId: number; toClaimId: number; relation: LinkRelation; suggestionId?: number },
): { linkId: number; created: boolean } {
  const existing = findLinkBetween(tx, { a: input.fromClaimId, b: input.toClaimId });
  if (existing) return { linkId: existing.id, created: false };
  const { fromClaimId, toClaimId, relation } = input;
  const link = insertLink(tx, { fromClaimId, toClaimId, relation, createdBy: actor.id });
  for (const [claimId, otherClaimId] of bothEnds(fromClaimId, toClaimId)) {
    appendAudit(tx, {
      actorId: actor.id,
      entity: "claim_link",
      entityId: link.id,
      claimId,
      action: "claim_link.created",
      after: {
        relation,
        otherClaimId,
        ...(input.suggestionId ? { suggestionId: input.suggestionId } : {}),
      },
    });
  }
  return { linkId: link.id, created: true };
}

export function linkClaims(db: Db, actor: Actor, input: z.infer<typeof linkClaimsSchema>) {
  const { fromClaimId, toClaimId, relation } = input;
  return writeTransaction(db, (tx) => {
    const from = getClaimForWrite(tx, { id: fromClaimId });
    const to = getClaimForWrite(tx, { id: toClaimId });
    if (!from) throw notFound("That claim no longer exists.");
    if (!to) throw notFound("The claim to link to no longer exists.");
    if (from.deletedAt !== null)
      throw refused("This claim was rejected; restore it before linking it.");
    if (to.deletedAt !== null)
      throw refused("The other claim was rejected as a false detection; it cannot be linked.");
    const existing = findLinkBetween(tx, { a: fromClaimId, b: toClaimId });
    if (existing)
      throw conflict(`These claims are already linked (${RELATION_LABELS[existing.relation]}).`);
    const { linkId } = createLink(tx, actor, input);
    const articleIds = [from.articleId, to.articleId];
    // A part → total link may make the parts add up or not.
    if (relation === "part_of") queueFollowUps(tx, [{ kind: "flags", articleIds }]);
    return { linkId, articleIds };
  });
}

export function unlinkClaims(db: Db, actor: Actor, input: z.infer<typeof unlinkClaimsSchema>) {
  return writeTransaction(db, (tx) => {
    const link = getLinkById(tx, { id: input.linkId });
    if (!link) throw notFound("That link was already removed.");
    deleteLink(tx, { id: link.id });
    for (const [claimId, otherClaimId] of bothEnds(link.fromClaimId, link.toClaimId)) {
      appendAudit(tx, {
        actorId: actor.id,
        entity: "claim_link",
        entityId: link.id,
        claimId,
        action: "claim_link.removed",
        before: { relation: link.relation, otherClaimId },
      });
    }
    const articleIds = [link.fromClaimId, link.toClaimId]
      .map((id) => getClaimForWrite(tx, { id })?.articleId)
      .filter((id): id is number => id !== undefined);
    if (link.relation === "part_of") queueFollowUps(tx, [{ kind: "flags", articleIds }]);
    return { articleIds };
  });
}
