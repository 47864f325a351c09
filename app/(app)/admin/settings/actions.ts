"use server";

import { revalidatePath } from "next/cache";
import * as settings from "@/db/services/settings";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { publicClaimsSchema } from "@/lib/validation/settings";

/** Makes decided claims' pages (/c/:id) readable without signing in, or signed-in only again. */
export async function setPublicClaims(raw: unknown): Promise<ActionResult<{ enabled: boolean }>> {
  return runAction("settings.manage", publicClaimsSchema, raw, (db, actor, input) => {
    const result = settings.setPublicClaims(db, actor, input);
    revalidatePath("/admin/settings");
    revalidatePath("/c/[id]", "page");
    return result;
  });
}
