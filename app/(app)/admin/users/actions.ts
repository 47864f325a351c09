"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { appendAudit } from "@/db/queries/audit";
import {
  countActiveAdmins,
  emailTaken,
  getUserById,
  updateUserVersioned,
  type UserSummary,
} from "@/db/queries/users";
import { authorizeAction } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import {
  changeRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
} from "@/lib/validation/users";

const conflictMessage = (current: UserSummary) =>
  `Someone changed ${current.email} meanwhile (now ${current.role}${current.disabledAt ? ", disabled" : ""}). Nothing was saved; review and try again.`;

export async function createUser(raw: unknown): Promise<ActionResult<{ id: number }>> {
  const auth = await authorizeAction("user.manage");
  if (!auth.ok) return auth;
  const input = createUserSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  if (emailTaken(db, { email: input.data.email })) {
    return fail(409, `A user with ${input.data.email} already exists.`, {
      fieldErrors: { email: ["Already in use."] },
    });
  }
  const passwordHash = await hashPassword(input.data.password);
  const id = db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({
        email: input.data.email,
        name: input.data.name,
        role: input.data.role,
        passwordHash,
      })
      .returning({ id: users.id })
      .get();
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "user",
      entityId: row.id,
      action: "user.created",
      after: { email: input.data.email, role: input.data.role },
    });
    return row.id;
  });
  revalidatePath("/admin/users");
  return ok({ id });
}

export async function changeUserRole(raw: unknown): Promise<ActionResult<UserSummary>> {
  const auth = await authorizeAction("user.manage");
  if (!auth.ok) return auth;
  const input = changeRoleSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const result = db.transaction((tx) => {
    const target = getUserById(db, { id: input.data.userId });
    if (!target) return fail(404, "That user no longer exists.");
    if (
      target.role === "admin" &&
      input.data.role !== "admin" &&
      target.disabledAt === null &&
      countActiveAdmins(db, { excludingId: target.id }) === 0
    ) {
      return fail(422, "This is the last active admin: make another admin first.");
    }
    const write = updateUserVersioned(tx, {
      id: target.id,
      version: input.data.version,
      patch: { role: input.data.role },
      endSessions: true,
    });
    if (!write.ok)
      return write.reason === "missing"
        ? fail(404, "That user no longer exists.")
        : fail(409, conflictMessage(write.current), { current: write.current });
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "user",
      entityId: target.id,
      action: "user.role_changed",
      before: { role: target.role },
      after: { role: input.data.role },
    });
    return ok(write.user);
  });
  revalidatePath("/admin/users");
  return result;
}

export async function setUserDisabled(raw: unknown): Promise<ActionResult<UserSummary>> {
  const auth = await authorizeAction("user.manage");
  if (!auth.ok) return auth;
  const input = setDisabledSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  if (input.data.disabled && input.data.userId === auth.user.id)
    return fail(422, "You cannot disable your own account.");
  const db = getDb();
  const result = db.transaction((tx) => {
    const target = getUserById(db, { id: input.data.userId });
    if (!target) return fail(404, "That user no longer exists.");
    if (
      input.data.disabled &&
      target.role === "admin" &&
      countActiveAdmins(db, { excludingId: target.id }) === 0
    ) {
      return fail(422, "This is the last active admin: it cannot be disabled.");
    }
    const write = updateUserVersioned(tx, {
      id: target.id,
      version: input.data.version,
      patch: { disabledAt: input.data.disabled ? Date.now() : null },
      // Disabling ends every session; enabling again does not bring an old one back.
      endSessions: input.data.disabled,
    });
    if (!write.ok)
      return write.reason === "missing"
        ? fail(404, "That user no longer exists.")
        : fail(409, conflictMessage(write.current), { current: write.current });
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "user",
      entityId: target.id,
      action: input.data.disabled ? "user.disabled" : "user.enabled",
    });
    return ok(write.user);
  });
  revalidatePath("/admin/users");
  return result;
}

export async function resetUserPassword(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("user.manage");
  if (!auth.ok) return auth;
  const input = resetPasswordSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const db = getDb();
  const target = getUserById(db, { id: input.data.userId });
  if (!target) return fail(404, "That user no longer exists.");
  const passwordHash = await hashPassword(input.data.password);
  return db.transaction((tx) => {
    // A reset is an admin's override: it applies whatever the row's version, and bumps it.
    const write = updateUserVersioned(tx, {
      id: target.id,
      version: target.version,
      patch: { passwordHash },
      endSessions: true,
    });
    if (!write.ok) return fail(409, "Someone changed this user meanwhile; try again.");
    appendAudit(tx, {
      actorId: auth.user.id,
      entity: "user",
      entityId: target.id,
      action: "user.password_reset",
    });
    return ok(null);
  });
}
