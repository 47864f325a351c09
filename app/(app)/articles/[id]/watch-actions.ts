"use server";

import { revalidatePath } from "next/cache";
import * as alerts from "@/db/services/alerts";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { watchClaimSchema } from "@/lib/validation/alert";
import { revalidateArticles } from "./revalidate";

/** Watches or unwatches a figure (any checker): watched figures raise alerts when a new article differs. */
export async function watchClaim(
  raw: unknown,
): Promise<ActionResult<{ claimId: number; watched: boolean }>> {
  return runAction("claim.annotate", watchClaimSchema, raw, (db, actor, input) => {
    const { claimId, articleId, watched } = alerts.watchClaim(db, actor, input);
    revalidateArticles(articleId);
    revalidatePath(`/review/${claimId}`);
    return { claimId, watched };
  });
}
