"use server";

import { headers } from "next/headers";
import { changeOwnPassword as changePassword } from "@/db/services/users";
import { runAction } from "@/app/_lib/action";
import { signOut } from "@/app/_lib/auth";
import { clientAddressOf } from "@/lib/auth/client-address";
import { throttleKeys } from "@/lib/auth/throttle";
import type { ActionResult } from "@/lib/action-result";
import { changeOwnPasswordSchema } from "@/lib/validation/users";

/** Changes the caller's password after checking the current one (throttled like a sign-in, so a stolen
 * session cannot be used to guess it), then ends every session of theirs, this one included. */
export async function changeOwnPassword(raw: unknown): Promise<ActionResult<null>> {
  const address = clientAddressOf(await headers());
  const result = await runAction("article.read", changeOwnPasswordSchema, raw, (db, actor, input) =>
    changePassword(db, actor, input, throttleKeys(actor.email, address)),
  );
  if (!result.ok) return result;
  // Every session made with the old password ends, this one too: sign in again with the new one.
  await signOut({ redirectTo: "/login?changed=1" });
  return result;
}
