"use server";

import * as claims from "@/db/services/claims";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { claimRefSchema, createManualClaimSchema, editClaimSchema } from "@/lib/validation/claim";
import { claimWritten } from "./revalidate";

type Written = ActionResult<{ claimId: number; version: number }>;

/** Corrects what the detector read: value (or range), unit, what is counted, qualifier and time scope. */
export async function editClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", editClaimSchema, raw, (db, actor, input) =>
    claimWritten(claims.editClaim(db, actor, input)),
  );
}

/** A false detection: soft-deleted, listed under "rejected", restorable. */
export async function rejectClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", claimRefSchema, raw, (db, actor, input) =>
    claimWritten(claims.rejectClaim(db, actor, input)),
  );
}

export async function restoreClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", claimRefSchema, raw, (db, actor, input) =>
    claimWritten(claims.restoreClaim(db, actor, input)),
  );
}

/** A claim the detector missed, from text the checker selected; the detector still reads its value if it can. */
export async function createManualClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", createManualClaimSchema, raw, (db, actor, input) =>
    claimWritten(claims.createManualClaim(db, actor, input)),
  );
}
