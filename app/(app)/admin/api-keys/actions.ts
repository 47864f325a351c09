"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { getApiKey, insertApiKey, revokeApiKeyRow } from "@/db/queries/api-keys";
import { appendAudit } from "@/db/queries/audit";
import { getUserById } from "@/db/queries/users";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { API_KEY_LIFETIMES_DAYS, generateApiKey } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/db/schema";
import { authorizeAction } from "@/lib/auth/guards";

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
  const auth = await authorizeAction("apikey.manage");
  if (!auth.ok) return auth;
  const input = createApiKeySchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const owner = getUserById(db, { id: input.data.userId });
  if (!owner)
    return fail(404, "That user does not exist.", {
      fieldErrors: { userId: ["That user does not exist."] },
    });
  if (owner.disabledAt !== null)
    return fail(422, "That user is disabled; a key for them would not work.", {
      fieldErrors: { userId: ["That user is disabled."] },
    });
  const key = generateApiKey();
  const expiresAt = Date.now() + input.data.expiresInDays * 24 * 60 * 60 * 1000;
  const created = db.transaction((tx) => {
    const row = insertApiKey(tx, {
      name: input.data.name,
      prefix: key.prefix,
      keyHash: key.hash,
      userId: owner.id,
      createdBy: auth.user.id,
      scope: input.data.scope,
      expiresAt,
    });
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "api_key",
      entityId: row.id,
      action: "api_key.created",
      after: {
        name: input.data.name,
        prefix: key.prefix,
        userId: owner.id,
        scope: input.data.scope,
        expiresAt,
      },
    });
    return row;
  });
  revalidatePath("/admin/api-keys");
  return ok({ id: created.id, key: key.key, prefix: key.prefix, name: input.data.name, expiresAt });
}

export async function revokeApiKey(raw: unknown): Promise<ActionResult<{ id: number }>> {
  const auth = await authorizeAction("apikey.manage");
  if (!auth.ok) return auth;
  const input = revokeApiKeySchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const key = getApiKey(db, { id: input.data.id });
  if (!key) return fail(404, "That key does not exist.");
  if (key.revokedAt !== null) return fail(409, `The key “${key.name}” was already revoked.`);
  const revoked = db.transaction((tx) => {
    if (!revokeApiKeyRow(tx, { id: key.id, at: Date.now() })) return false;
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "api_key",
      entityId: key.id,
      action: "api_key.revoked",
      before: { name: key.name, prefix: key.prefix },
    });
    return true;
  });
  if (!revoked) return fail(409, `The key “${key.name}” was already revoked.`);
  revalidatePath("/admin/api-keys");
  return ok({ id: key.id });
}
