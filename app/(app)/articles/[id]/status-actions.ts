"use server";

import * as claims from "@/db/services/claims";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  disputeClaimSchema,
  revertClaimStatusSchema,
  verifyClaimSchema,
} from "@/lib/validation/claim";
import type { ClaimChange } from "@/components/article/workspace-types";
import { groupCommitted } from "@/db/group-commit";
import { claimChanged } from "./claim-changed";

/** A status change answers with the claim as it now is, which the workspace shows in place (its panel,
 * list, highlight and watch state), so the article is not rendered again (see claim-changed.ts); status
 * changes arriving together share one durable commit (db/group-commit.ts). */
type Written = ActionResult<ClaimChange>;

export async function verifyClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", verifyClaimSchema, raw, async (db, actor, input) =>
    claimChanged(db, await groupCommitted(db, () => claims.verifyClaim(db, actor, input))),
  );
}

export async function disputeClaim(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", disputeClaimSchema, raw, async (db, actor, input) =>
    claimChanged(db, await groupCommitted(db, () => claims.disputeClaim(db, actor, input))),
  );
}

/** Undo of verify or dispute: back to the status before, through the same versioned write. */
export async function revertClaimStatus(raw: unknown): Promise<Written> {
  return runAction("claim.annotate", revertClaimStatusSchema, raw, async (db, actor, input) =>
    claimChanged(db, await groupCommitted(db, () => claims.revertClaimStatus(db, actor, input))),
  );
}
