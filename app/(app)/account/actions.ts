"use server";

import { changeOwnPassword as changePassword } from "@/db/services/users";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { changeOwnPasswordSchema } from "@/lib/validation/users";

export async function changeOwnPassword(raw: unknown): Promise<ActionResult<null>> {
  return runAction("article.read", changeOwnPasswordSchema, raw, (db, actor, input) =>
    changePassword(db, actor, input),
  );
}
