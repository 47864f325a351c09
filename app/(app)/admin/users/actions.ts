"use server";

import { revalidatePath } from "next/cache";
import type { UserSummary } from "@/db/queries/users";
import * as users from "@/db/services/users";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  changeRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
} from "@/lib/validation/users";

export async function createUser(raw: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction("user.manage", createUserSchema, raw, async (db, actor, input) => {
    const created = await users.createUser(db, actor, input);
    revalidatePath("/admin/users");
    return created;
  });
}

export async function changeUserRole(raw: unknown): Promise<ActionResult<UserSummary>> {
  return runAction("user.manage", changeRoleSchema, raw, (db, actor, input) => {
    const user = users.changeUserRole(db, actor, input);
    revalidatePath("/admin/users");
    return user;
  });
}

export async function setUserDisabled(raw: unknown): Promise<ActionResult<UserSummary>> {
  return runAction("user.manage", setDisabledSchema, raw, (db, actor, input) => {
    const user = users.setUserDisabled(db, actor, input);
    revalidatePath("/admin/users");
    return user;
  });
}

export async function resetUserPassword(raw: unknown): Promise<ActionResult<null>> {
  return runAction("user.manage", resetPasswordSchema, raw, (db, actor, input) =>
    users.resetUserPassword(db, actor, input),
  );
}
