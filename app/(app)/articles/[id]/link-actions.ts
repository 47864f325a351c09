"use server";

import { searchLinkTargets, type LinkTarget } from "@/db/queries/links";
import * as links from "@/db/services/links";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  linkClaimsSchema,
  searchLinkTargetsSchema,
  unlinkClaimsSchema,
} from "@/lib/validation/link";
import { revalidateArticles } from "./revalidate";

export async function findLinkTargets(raw: unknown): Promise<ActionResult<LinkTarget[]>> {
  return runAction("article.read", searchLinkTargetsSchema, raw, (db, _actor, input) =>
    input.query === "" ? [] : searchLinkTargets(db, input),
  );
}

export async function linkClaims(raw: unknown): Promise<ActionResult<{ linkId: number }>> {
  return runAction("claim.annotate", linkClaimsSchema, raw, (db, actor, input) => {
    const { linkId, articleIds } = links.linkClaims(db, actor, input);
    revalidateArticles(...articleIds);
    return { linkId };
  });
}

export async function unlinkClaims(raw: unknown): Promise<ActionResult<null>> {
  return runAction("claim.annotate", unlinkClaimsSchema, raw, (db, actor, input) => {
    revalidateArticles(...links.unlinkClaims(db, actor, input).articleIds);
    return null;
  });
}
