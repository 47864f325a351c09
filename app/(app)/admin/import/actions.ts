"use server";

import { revalidatePath } from "next/cache";
import { importArticleOffThread } from "@/db/services/import-batch";
import type { ImportOutcome } from "@/lib/import/outcome";
import { fetchPageForImport, importFetchedPageOffThread } from "@/db/services/url-imports";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { refused } from "@/lib/domain-error";
import { toResultView, type ResultView } from "@/lib/import/events";
import type { UrlPreview } from "@/lib/import/url-preview";
import {
  importReadPageSchema,
  pasteArticleSchema,
  readArticleUrlSchema,
} from "@/lib/validation/import";

/** An import's outcome as the page shows it; one that failed is refused with its reason (422). */
function imported(label: string, outcome: ImportOutcome): ResultView {
  // A refused input is said field by field (its first message up front, as every form's refusal is).
  if (outcome.status === "failed")
    throw refused(
      Object.values(outcome.fieldErrors ?? {})[0]?.[0] ?? outcome.error,
      outcome.fieldErrors,
    );
  revalidatePath("/");
  revalidatePath("/admin/import");
  return toResultView({ label, ...outcome });
}

/** Imports one pasted article through the same path as uploads and the CLI. */
export async function pasteArticle(raw: unknown): Promise<ActionResult<ResultView>> {
  return runAction("article.import", pasteArticleSchema, raw, async (db, actor, input) =>
    imported("Pasted article", await importArticleOffThread(db, input, { actorId: actor.id })),
  );
}

/** Step one of import by URL: fetch the page on the server, keep it, and show what it says about itself. */
export async function readArticleUrl(raw: unknown): Promise<ActionResult<UrlPreview>> {
  return runAction("article.import", readArticleUrlSchema, raw, async (db, actor, input) => {
    const read = await fetchPageForImport(db, { actorId: actor.id, url: input.url });
    if (!read.ok) throw refused(read.error);
    return read.preview;
  });
}

/** Step two: import the kept page with the admin's corrections to its title, outlet, date and URL. */
export async function importReadPage(raw: unknown): Promise<ActionResult<ResultView>> {
  return runAction("article.import", importReadPageSchema, raw, async (db, actor, input) => {
    const { pageId, ...overrides } = input;
    return imported(
      overrides.url ?? "Page",
      await importFetchedPageOffThread(db, { actorId: actor.id, pageId, overrides }),
    );
  });
}
