"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { getArticleById } from "@/db/queries/articles";
import { assignArticleOpenClaims, isAssignableUser } from "@/db/queries/assignments";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";

const assignArticleSchema = z.object({
  articleId: z.number().int().positive(),
  assigneeId: z.number().int().positive().nullable(),
});

/** Gives every open (unchecked or disputed) claim of an article to one person, or takes them all back. */
export async function assignArticleClaims(
  raw: unknown,
): Promise<ActionResult<{ assigned: number }>> {
  const auth = await authorizeAction("claim.assign");
  if (!auth.ok) return auth;
  const input = assignArticleSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { articleId, assigneeId } = input.data;
  const db = getDb();
  if (!getArticleById(db, { id: articleId })) return fail(404, "This article no longer exists.");
  if (assigneeId !== null && !isAssignableUser(db, { id: assigneeId })) {
    return fail(422, "Claims can only be assigned to an active checker or editor.", {
      fieldErrors: { assigneeId: ["Choose an active checker or editor."] },
    });
  }
  const result = db.transaction((tx) =>
    assignArticleOpenClaims(tx, { articleId, assigneeId, actorId: auth.user.id }),
  );
  revalidatePath(`/articles/${articleId}`, "layout");
  revalidatePath("/review", "layout");
  return ok(result);
}
