"use server";

import { revalidatePath } from "next/cache";
import { assignArticleClaims as assignAll } from "@/db/services/review";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { assignArticleClaimsSchema } from "@/lib/validation/review";

/** Gives every open (unchecked or disputed) claim of an article to one person, or takes them all back. */
export async function assignArticleClaims(
  raw: unknown,
): Promise<ActionResult<{ assigned: number }>> {
  return runAction("claim.assign", assignArticleClaimsSchema, raw, (db, actor, input) => {
    const result = assignAll(db, actor, input);
    revalidatePath(`/articles/${input.articleId}`, "layout");
    revalidatePath("/review", "layout");
    return result;
  });
}
