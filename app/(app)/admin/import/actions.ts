"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { importArticle } from "@/db/services/import-article";
import { MAX_PASTE_CHARS } from "@/lib/import/limits";
import { toResultView, type ResultView } from "@/lib/import/events";

const pasteSchema = z.object({
  title: z.string().max(500, "Title is too long (at most 500 characters).").optional(),
  outlet: z.string().max(200, "Outlet is too long (at most 200 characters).").optional(),
  url: z.string().max(2000, "URL is too long.").optional(),
  publishedAt: z.string().max(100, "Published date is too long.").optional(),
  body: z
    .string()
    .max(
      MAX_PASTE_CHARS,
      `The pasted text is too long (at most ${MAX_PASTE_CHARS.toLocaleString("en-US")} characters); upload it as a file instead.`,
    )
    .refine((b) => b.trim().length > 0, "Paste the article text."),
});

/** Imports one pasted article through the same path as uploads and the CLI. */
export async function pasteArticle(raw: unknown): Promise<ActionResult<ResultView>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = pasteSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const outcome = importArticle(getDb(), input.data, { actorId: auth.user.id });
  if (outcome.status === "failed") return fail(422, outcome.error);
  revalidatePath("/");
  revalidatePath("/admin/import");
  return ok(toResultView({ label: "Pasted article", ...outcome }));
}
