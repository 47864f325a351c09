"use server";

import { revalidatePath } from "next/cache";
import * as suggestions from "@/db/services/suggestions";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  decideSuggestionSchema,
  resolveFlagSchema,
  type DecideSuggestionInput,
  type ResolveFlagInput,
} from "@/lib/validation/suggestions";

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
  return runAction("claim.annotate", decideSuggestionSchema, raw, (db, actor, input) => {
    const { linkId, articleIds } = suggestions.decideSuggestion(db, actor, input, state);
    for (const articleId of new Set(articleIds)) revalidatePath(`/articles/${articleId}`);
    revalidatePath("/timeline/[claimId]", "page");
    return { linkId };
  });
}

/** Marks a flag as looked at; the same finding is not raised again on recomputation. */
export async function resolveFlag(raw: ResolveFlagInput): Promise<ActionResult<null>> {
  return runAction("claim.annotate", resolveFlagSchema, raw, (db, actor, input) => {
    revalidatePath(`/articles/${suggestions.resolveFlag(db, actor, input).articleId}`);
    return null;
  });
}
