"use server";

import * as claims from "@/db/services/claims";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  disputeClaimSchema,
  revertClaimStatusSchema,
  verifyClaimSchema,
} from "@/lib/validation/claim";
import { claimWritten } from "./revalidate";

type Written = ActionResult<{ claimId: number; version: number }>;

export async function verifyClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", verifyClaimSchema, raw, (db, actor, input) =>
    claimWritten(claims.verifyClaim(db, actor, input)),
  );
}

export async function disputeClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", disputeClaimSchema, raw, (db, actor, input) =>
    claimWritten(claims.disputeClaim(db, actor, input)),
  );
}

/** Undo of verify or dispute: back to the status before, through the same versioned write. */
export async function revertClaimStatus(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", revertClaimStatusSchema, raw, (db, actor, input) =>
    claimWritten(claims.revertClaimStatus(db, actor, input)),
  );
}
