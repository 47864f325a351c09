"use server";

import { revalidatePath } from "next/cache";
import { searchSources, type SourceSearchHit } from "@/db/queries/sources";
import * as sources from "@/db/services/sources";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  attachSourceSchema,
  detachSourceSchema,
  searchSourcesSchema,
} from "@/lib/validation/source";
import { revalidateArticles } from "./revalidate";

export async function findSources(raw: unknown): Promise<ActionResult<SourceSearchHit[]>> {
  return runAction("article.read", searchSourcesSchema, raw, (db, _actor, input) =>
    searchSources(db, { query: input.query }),
  );
}

/** Attaches a library source to a claim, creating the source first when it is new (or reusing the
 * library's entry for the same address). */
export async function attachSource(
  raw: unknown,
): Promise<ActionResult<{ claimSourceId: number; sourceId: number; reusedTitle: string | null }>> {
  return runAction("claim.annotate", attachSourceSchema, raw, (db, actor, input) => {
    const { articleId, ...result } = sources.attachSource(db, actor, input);
    revalidateArticles(articleId);
    revalidatePath("/sources");
    revalidatePath(`/sources/${result.sourceId}`);
    return result;
  });
}

export async function detachSource(raw: unknown): Promise<ActionResult<null>> {
  return runAction("claim.annotate", detachSourceSchema, raw, (db, actor, input) => {
    const { articleId, sourceId } = sources.detachSource(db, actor, input);
    revalidateArticles(articleId);
    revalidatePath(`/sources/${sourceId}`);
    return null;
  });
}
