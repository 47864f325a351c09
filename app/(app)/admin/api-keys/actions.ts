"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as apiKeys from "@/db/services/api-keys";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { API_KEY_LIFETIMES_DAYS } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/lib/domain";

const createApiKeySchema = z.object({
  name: z
    .string({ message: "Give the key a name." })
    .trim()
    .min(1, "Give the key a name, e.g. the system that will use it.")
    .max(100, "The name is too long (at most 100 characters)."),
  userId: z.coerce
    .number({ message: "Choose the user the key acts as." })
    .int()
    .positive("Choose the user the key acts as."),
  scope: z.enum(API_KEY_SCOPES, {
    message: "Choose what the key may do: read, or read and write.",
  }),
  expiresInDays: z.coerce
    .number({ message: "Choose how long the key lasts." })
    .refine((d) => (API_KEY_LIFETIMES_DAYS as readonly number[]).includes(d), {
      message: `Choose how long the key lasts: ${API_KEY_LIFETIMES_DAYS.join(", ")} days.`,
    }),
});
const revokeApiKeySchema = z.object({
  id: z.coerce.number({ message: "Which key?" }).int().positive("Which key?"),
});

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
