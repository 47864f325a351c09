"use server";

import { headers } from "next/headers";
import { getDb } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { getUserPasswordHash, updateUserVersioned } from "@/db/queries/users";
import { clearFailures, recordFailure, throttledUntil } from "@/db/queries/login-failures";
import { signOut } from "@/lib/auth";
import { authorizeAction } from "@/lib/auth/guards";
import { clientAddressOf } from "@/lib/auth/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { throttledMessage, throttleKeys } from "@/lib/auth/throttle";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { changeOwnPasswordSchema } from "@/lib/validation/users";

/** Changes the caller's password after checking the current one (throttled like a sign-in, so a stolen
 * session cannot be used to guess it), then ends every session of theirs, this one included. */
export async function changeOwnPassword(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("article.read");
  if (!auth.ok) return auth;
  const input = changeOwnPasswordSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const keys = throttleKeys(auth.user.email, clientAddressOf(await headers()));
  const until = throttledUntil(db, keys);
  if (until !== null) return fail(429, throttledMessage(until));
  const stored = getUserPasswordHash(db, { id: auth.user.id });
  if (!stored || !(await verifyPassword(input.data.currentPassword, stored))) {
    recordFailure(db, keys);
    return fail(422, "Your current password is not right.", {
      fieldErrors: { currentPassword: ["Not right."] },
    });
  }
  clearFailures(db, keys);
  const passwordHash = await hashPassword(input.data.newPassword);
  const result = db.transaction((tx) => {
    const write = updateUserVersioned(tx, {
      id: auth.user.id,
      version: auth.user.version,
      patch: { passwordHash },
      endSessions: true,
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
  if (!result.ok) return result;
  // Every session made with the old password ends, this one too: sign in again with the new one.
  await signOut({ redirectTo: "/login?changed=1" });
  return result;
}
