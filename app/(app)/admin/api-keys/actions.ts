"use server";

import { revalidatePath } from "next/cache";
import * as apiKeys from "@/db/services/api-keys";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/api-keys";

/** Creates a key acting as the chosen user; the key itself is returned this once and only its hash is kept. */
export async function createApiKey(
  raw: unknown,
): Promise<
  ActionResult<{ id: number; key: string; prefix: string; name: string; expiresAt: number }>
> {
  return runAction("apikey.manage", createApiKeySchema, raw, (db, actor, input) => {
    const created = apiKeys.createApiKey(db, actor, input);
    revalidatePath("/admin/api-keys");
    return created;
  });
}

export async function revokeApiKey(raw: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction("apikey.manage", revokeApiKeySchema, raw, (db, actor, input) => {
    const revoked = apiKeys.revokeApiKey(db, actor, input);
    revalidatePath("/admin/api-keys");
    return revoked;
  });
}
