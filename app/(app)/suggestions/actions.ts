"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as suggestions from "@/db/services/suggestions";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";

const decideSchema = z.object({
  suggestionId: z.number({ error: "Which suggestion?" }).int().positive(),
});
export type DecideSuggestionInput = z.infer<typeof decideSchema>;

/** Confirms a suggested link: the link, both sides marked confirmed and the audit events in one
 * transaction; then the articles' arithmetic flags follow (a confirmed part_of may add up or not). */
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
  return runAction("claim.annotate", decideSchema, raw, (db, actor, input) => {
    const { linkId, articleIds } = suggestions.decideSuggestion(db, actor, input, state);
    for (const articleId of new Set(articleIds)) revalidatePath(`/articles/${articleId}`);
    revalidatePath("/timeline/[claimId]", "page");
    return { linkId };
  });
}

const resolveSchema = z.object({ flagId: z.number({ error: "Which flag?" }).int().positive() });

/** Marks a flag as looked at; the same finding is not raised again on recomputation. */
export async function resolveFlag(raw: z.infer<typeof resolveSchema>): Promise<ActionResult<null>> {
  return runAction("claim.annotate", resolveSchema, raw, (db, actor, input) => {
    revalidatePath(`/articles/${suggestions.resolveFlag(db, actor, input).articleId}`);
    return null;
  });
}
