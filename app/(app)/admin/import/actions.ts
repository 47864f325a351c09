"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { authorizeAction } from "@/app/_lib/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { importArticleOffThread } from "@/db/services/import-batch";
import { MAX_PASTE_CHARS } from "@/lib/import/limits";
import { toResultView, type ResultView } from "@/lib/import/events";
import { articleInputSchema } from "@/lib/import/schema";
import { fetchPageForImport, importFetchedPage } from "@/db/services/url-imports";
import type { UrlPreview } from "@/lib/import/url-preview";

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
  const outcome = await importArticleOffThread(getDb(), input.data, { actorId: auth.user.id });
  if (outcome.status === "failed") return fail(422, outcome.error);
  revalidatePath("/");
  revalidatePath("/admin/import");
  return ok(toResultView({ label: "Pasted article", ...outcome }));
}

const readUrlSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address of the article.")
    .max(2000, "The address is too long.")
    .pipe(z.url({ protocol: /^https?$/, message: "Enter a full http(s) address, e.g. https://…" })),
});

/** Step one of import by URL: fetch the page on the server, keep it, and show what it says about itself. */
export async function readArticleUrl(raw: unknown): Promise<ActionResult<UrlPreview>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = readUrlSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const read = await fetchPageForImport(getDb(), { actorId: auth.user.id, url: input.data.url });
  if (!read.ok) return fail(422, read.error);
  return ok(read.preview);
}

// The same field rules as every other import (the base schema carries a refinement, so no .pick).
const { title, outlet, url, publishedAt } = articleInputSchema.shape;
const importReadPageSchema = z.object({
  title,
  outlet,
  url,
  publishedAt,
  pageId: z.coerce.number().int().positive("Read the page first."),
});

/** Step two: import the kept page with the admin's corrections to its title, outlet, date and URL. */
export async function importReadPage(raw: unknown): Promise<ActionResult<ResultView>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = importReadPageSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { pageId, ...overrides } = input.data;
  const outcome = importFetchedPage(getDb(), { actorId: auth.user.id, pageId, overrides });
  if (outcome.status === "failed") return fail(422, outcome.error);
  revalidatePath("/");
  revalidatePath("/admin/import");
  return ok(toResultView({ label: overrides.url ?? "Page", ...outcome }));
}
