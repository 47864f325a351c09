"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { getSetting, PUBLIC_CLAIMS_KEY, putSetting } from "@/db/queries/settings";
import { invalid, ok, type ActionResult } from "@/lib/action-result";
import { authorizeAction } from "@/lib/auth/guards";

const publicClaimsSchema = z.object({
  enabled: z.boolean({ message: "enabled must be true or false." }),
});

/** Makes decided claims' pages (/c/:id) readable without signing in, or signed-in only again. */
export async function setPublicClaims(raw: unknown): Promise<ActionResult<{ enabled: boolean }>> {
  const auth = await authorizeAction("settings.manage");
  if (!auth.ok) return auth;
  const input = publicClaimsSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const value = input.data.enabled ? "1" : "0";
  getDb().transaction((tx) => {
    const before = getSetting(tx, { key: PUBLIC_CLAIMS_KEY });
    putSetting(tx, { key: PUBLIC_CLAIMS_KEY, value });
    // Settings have no numeric id; 0 stands for "the settings table" and the key is in the payload.
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "setting",
      entityId: 0,
      action: "setting.changed",
      before: { key: PUBLIC_CLAIMS_KEY, value: before ?? null },
      after: { key: PUBLIC_CLAIMS_KEY, value },
    });
  });
  revalidatePath("/admin/settings");
  revalidatePath("/c/[id]", "page");
  return ok({ enabled: input.data.enabled });
}
