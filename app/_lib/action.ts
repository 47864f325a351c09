import "server-only";
import type { z } from "zod";
import { getDb, type Db } from "@/db";
import { authorizeAction, type SessionUser } from "@/app/_lib/guards";
import type { Permission } from "@/lib/auth/permissions";
import { attempt, invalid, type ActionResult } from "@/lib/action-result";

/**
 * The road of every server action: the guard (the user re-read from the database), the zod schema, then one
 * service call in `run` (which also revalidates what changed). A refusal comes back as the one error shape.
 */
export async function runAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  raw: unknown,
  run: (db: Db, actor: SessionUser, input: z.output<S>) => T | Promise<T>,
): Promise<ActionResult<T>> {
  const auth = await authorizeAction(permission);
  if (!auth.ok) return auth;
  const input = schema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  return attempt(() => run(getDb(), auth.user, input.data));
}
