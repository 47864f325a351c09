import { writeTransaction } from "../write-transaction";
import type { z } from "zod";
import { conflict, notFound } from "@/lib/domain-error";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import type { attachSourceSchema, detachSourceSchema } from "@/lib/validation/source";
import type { Db } from "../index";
import { appendAudit, type DbOrTx } from "../queries/audit";
import { getClaimForWrite } from "../queries/claims";
import {
  deleteClaimSource,
  findClaimSource,
  findSourceByNormalizedUrl,
  getClaimSourceById,
  getSourceById,
  insertClaimSource,
  insertSource,
} from "../queries/sources";
import type { Actor } from "./actor";

type AttachInput = z.infer<typeof attachSourceSchema>;

/** The library source to attach: the chosen one, or a new one unless its cleaned address is already there. */
function sourceFor(
  tx: DbOrTx,
  actor: Actor,
  input: AttachInput,
): { sourceId: number; reusedTitle: string | null } {
  if ("sourceId" in input) {
    const existing = getSourceById(tx, { id: input.sourceId });
    if (!existing) throw notFound("That source is no longer in the library.");
    return { sourceId: existing.id, reusedTitle: null };
  }
  const fields = input.source;
  const normalized = fields.url ? normalizeSourceUrl(fields.url) : null;
  const normalizedUrl = normalized?.ok ? normalized.normalized : null;
  const duplicate = normalizedUrl ? findSourceByNormalizedUrl(tx, { normalizedUrl }) : undefined;
  if (duplicate) return { sourceId: duplicate.id, reusedTitle: duplicate.title };
  // The library keeps the cleaned address (no tracking parameters or fragment), which is also the dedupe key.
  const created = insertSource(tx, {
    ...fields,
    url: normalizedUrl,
    normalizedUrl,
    createdBy: actor.id,
  });
  appendAudit(tx, {
    actorId: actor.id,
    entity: "source",
    entityId: created.id,
    claimId: input.claimId,
    action: "source.created",
    after: { title: created.title, url: created.url },
  });
  return { sourceId: created.id, reusedTitle: null };
}

/** Attaches a library source to a claim, creating the source first when it is new. A new source whose
 * normalised URL is already in the library is not duplicated: the existing entry is attached instead. */
export function attachSource(db: Db, actor: Actor, input: AttachInput) {
  const { claimId, stance, locator } = input;
  return writeTransaction(db, (tx) => {
    const claim = getClaimForWrite(tx, { id: claimId });
    if (!claim) throw notFound("That claim no longer exists.");
    const { sourceId, reusedTitle } = sourceFor(tx, actor, input);
    if (findClaimSource(tx, { claimId, sourceId })) {
      throw conflict(
        reusedTitle
          ? `That address is already in the library as “${reusedTitle}”, and it is already attached to this claim.`
          : "This source is already attached to this claim.",
      );
    }
    const attached = insertClaimSource(tx, {
      claimId,
      sourceId,
      stance,
      locator,
      createdBy: actor.id,
    });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "claim_source",
      entityId: attached.id,
      claimId,
      action: "claim_source.attached",
      after: { sourceId, stance, locator },
    });
    return { claimSourceId: attached.id, sourceId, reusedTitle, articleId: claim.articleId };
  });
}

export function detachSource(db: Db, actor: Actor, input: z.infer<typeof detachSourceSchema>) {
  return writeTransaction(db, (tx) => {
    const attachment = getClaimSourceById(tx, { id: input.claimSourceId });
    if (!attachment) throw notFound("That source is no longer attached.");
    const claim = getClaimForWrite(tx, { id: attachment.claimId });
    deleteClaimSource(tx, { id: attachment.id });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "claim_source",
      entityId: attachment.id,
      claimId: attachment.claimId,
      action: "claim_source.detached",
      before: {
        sourceId: attachment.sourceId,
        stance: attachment.stance,
        locator: attachment.locator,
      },
    });
    return { sourceId: attachment.sourceId, articleId: claim?.articleId ?? null };
  });
}
