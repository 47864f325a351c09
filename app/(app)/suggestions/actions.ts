"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { decideSuggestion, getSuggestion, loadLinkEnds } from "@/db/queries/suggestions";
import { appendAudit } from "@/db/queries/audit";
import { getFlag, markFlagResolved } from "@/db/queries/flags";
import { recomputeFlagsForArticle } from "@/lib/consistency/recompute";
import { linkDirection } from "@/lib/suggest/link-direction";

const decideSchema = z.object({
  suggestionId: z.number({ error: "Which suggestion?" }).int().positive(),
});
export type DecideSuggestionInput = z.infer<typeof decideSchema>;

/** Confirms a suggested link: the claim_links row, both sides marked confirmed, audit events, in one
 * transaction; then the articles' arithmetic flags are recomputed (a confirmed part_of may add up or not). */
export async function confirmSuggestion(
  raw: DecideSuggestionInput,
): Promise<ActionResult<{ linkId: number | null }>> {
  return decide(raw, "confirmed");
}

/** Dismisses a suggestion (both sides); recomputation never brings it back. */
export async function dismissSuggestion(
  raw: DecideSuggestionInput,
): Promise<ActionResult<{ linkId: number | null }>> {
  return decide(raw, "dismissed");
}

async function decide(
  raw: unknown,
  state: "confirmed" | "dismissed",
): Promise<ActionResult<{ linkId: number | null }>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = decideSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const suggestion = getSuggestion(db, { id: input.data.suggestionId });
  if (!suggestion) return fail(404, "This suggestion no longer exists; reload the article.");
  const ends = loadLinkEnds(db, { ids: [suggestion.claimId, suggestion.candidateId] });
  const a = ends.get(suggestion.claimId);
  const b = ends.get(suggestion.candidateId);
  if (!a || !b) return fail(404, "One of the two claims was deleted.");
  const { from, to } = linkDirection(suggestion.relation, a, b);

  const result = db.transaction((tx) => {
    const current = getSuggestion(tx, { id: suggestion.id });
    if (!current || current.state !== "open") return null;
    return decideSuggestion(tx, { id: suggestion.id, state, actorId: auth.user.id, from, to });
  });
  if (!result) return fail(409, "Someone already decided this suggestion.");
  if (state === "confirmed") {
    for (const articleId of new Set([a.articleId, b.articleId]))
      recomputeFlagsForArticle(db, articleId);
  }
  for (const articleId of new Set([a.articleId, b.articleId]))
    revalidatePath(`/articles/${articleId}`);
  revalidatePath("/timeline/[claimId]", "page");
  return ok(result);
}

const resolveSchema = z.object({ flagId: z.number({ error: "Which flag?" }).int().positive() });

/** Marks a flag as looked at; the same finding is not raised again on recomputation. */
export async function resolveFlag(raw: z.infer<typeof resolveSchema>): Promise<ActionResult<null>> {
  const auth = await authorizeAction("claim.annotate");
  if (!auth.ok) return auth;
  const input = resolveSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const flag = getFlag(db, { id: input.data.flagId });
  if (!flag) return fail(404, "This flag no longer exists.");
  const done = db.transaction((tx) => {
    if (!markFlagResolved(tx, { id: flag.id, actorId: auth.user.id })) return false;
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "flag",
      entityId: flag.id,
      action: "flag.resolved",
      before: { resolvedAt: null },
      after: { kind: flag.kind, message: flag.message },
    });
    return true;
  });
  if (!done) return fail(409, "Someone already resolved this flag.");
  revalidatePath(`/articles/${flag.articleId}`);
  return ok(null);
}
