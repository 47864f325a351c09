"use server";

import { getDb } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { getUserPasswordHash, updateUserVersioned } from "@/db/queries/users";
import { authorizeAction } from "@/lib/auth/guards";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { changeOwnPasswordSchema } from "@/lib/validation/users";

export async function changeOwnPassword(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("article.read");
  if (!auth.ok) return auth;
  const input = changeOwnPasswordSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const stored = getUserPasswordHash(db, { id: auth.user.id });
  if (!stored || !(await verifyPassword(input.data.currentPassword, stored))) {
    return fail(422, "Your current password is not right.", {
      fieldErrors: { currentPassword: ["Not right."] },
    });
  }
  const passwordHash = await hashPassword(input.data.newPassword);
  return db.transaction((tx) => {
    const write = updateUserVersioned(tx, {
      id: auth.user.id,
      version: auth.user.version,
      patch: { passwordHash },
    });
    if (!write.ok)
      return fail(
        409,
        "Your account changed meanwhile (an admin may have updated it). Reload and try again.",
      );
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "user",
      entityId: auth.user.id,
      action: "user.password_changed",
    });
    return ok(null);
  });
}
