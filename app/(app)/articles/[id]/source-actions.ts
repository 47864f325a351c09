"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { getClaimForWrite } from "@/db/queries/claims";
import {
  deleteClaimSource,
  findClaimSource,
  findSourceByNormalizedUrl,
  getClaimSourceById,
  getSourceById,
  insertClaimSource,
  insertSource,
  searchSources,
  type SourceSearchHit,
} from "@/db/queries/sources";
import { appendAudit } from "@/db/queries/audit";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import {
  attachSourceSchema,
  detachSourceSchema,
  searchSourcesSchema,
} from "@/lib/validation/source";
import { revalidateArticle } from "./claim-conflict";

export async function findSources(raw: unknown): Promise<ActionResult<SourceSearchHit[]>> {
  const auth = await authorizeAction("article.read");
  if (!auth.ok) return auth;
  const input = searchSourcesSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  return ok(searchSources(getDb(), { query: input.data.query }));
}

/** Attaches a library source to a claim, creating the source first when it is new. A new source whose
 * normalised URL is already in the library is not duplicated: the existing entry is attached instead. */
export async function attachSource(
  raw: unknown,
): Promise<ActionResult<{ claimSourceId: number; sourceId: number; reusedTitle: string | null }>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = attachSourceSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const { claimId, stance, locator } = input.data;
  const claim = getClaimForWrite(db, { id: claimId });
  if (!claim) return fail(404, "That claim no longer exists.");

  const result = db.transaction((tx) => {
    let sourceId: number;
    let reusedTitle: string | null = null;
    if ("sourceId" in input.data) {
      const existing = getSourceById(tx, { id: input.data.sourceId });
      if (!existing) return fail(404, "That source is no longer in the library.");
      sourceId = existing.id;
    } else {
      const fields = input.data.source;
      const normalized = fields.url ? normalizeSourceUrl(fields.url) : null;
      const normalizedUrl = normalized?.ok ? normalized.normalized : null;
      const duplicate = normalizedUrl
        ? findSourceByNormalizedUrl(tx, { normalizedUrl })
        : undefined;
      if (duplicate) {
        sourceId = duplicate.id;
        reusedTitle = duplicate.title;
      } else {
        // The library keeps the cleaned address (no tracking parameters or fragment), which is also the dedupe key.
        const created = insertSource(tx, {
          ...fields,
          url: normalizedUrl,
          normalizedUrl,
          createdBy: auth.user.id,
        });
        appendAudit(tx, {
          actorId: auth.user.id,
          entity: "source",
          entityId: created.id,
          claimId,
          action: "source.created",
          after: { title: created.title, url: created.url },
        });
        sourceId = created.id;
      }
    }
    if (findClaimSource(tx, { claimId, sourceId })) {
      return fail(
        409,
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
      createdBy: auth.user.id,
    });
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "claim_source",
      entityId: attached.id,
      claimId,
      action: "claim_source.attached",
      after: { sourceId, stance, locator },
    });
    return ok({ claimSourceId: attached.id, sourceId, reusedTitle });
  });
  if (result.ok) {
    revalidateArticle(claim.articleId);
    revalidatePath("/sources");
    revalidatePath(`/sources/${result.data.sourceId}`);
  }
  return result;
}

export async function detachSource(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = detachSourceSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const attachment = getClaimSourceById(db, { id: input.data.claimSourceId });
  if (!attachment) return fail(404, "That source is no longer attached.");
  const claim = getClaimForWrite(db, { id: attachment.claimId });
  db.transaction((tx) => {
    deleteClaimSource(tx, { id: attachment.id });
    appendAudit(tx, {
      actorId: auth.user.id,
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
  });
  if (claim) revalidateArticle(claim.articleId);
  revalidatePath(`/sources/${attachment.sourceId}`);
  return ok(null);
}
