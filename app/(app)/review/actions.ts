"use server";

import { revalidatePath } from "next/cache";
import * as review from "@/db/services/review";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import {
  assignClaimSchema,
  dismissDisputeSchema,
  reopenDecisionSchema,
  upholdDisputeSchema,
} from "@/lib/validation/review";

export type DecisionOutcome = { claimId: number; version: number; status: string };

function done({ articleId, ...outcome }: review.DecisionOutcome): DecisionOutcome {
  revalidatePath("/review", "layout");
  revalidatePath(`/articles/${articleId}`, "layout");
  revalidatePath("/");
  return outcome;
}

/** Upholds a dispute with a verdict and a public explanation: the claim becomes decided. */
export async function upholdClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", upholdDisputeSchema, raw, (db, actor, input) =>
    done(review.upholdDispute(db, actor, input)),
  );
}

/** Dismisses a dispute: the claim goes back to verified, with the editor's note in its history. */
export async function dismissClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", dismissDisputeSchema, raw, (db, actor, input) =>
    done(review.dismissDispute(db, actor, input)),
  );
}

/** Reopens a decided claim: disputed again, with the reason; the old decision stays in the history. */
export async function reopenClaimDecision(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", reopenDecisionSchema, raw, (db, actor, input) =>
    done(review.reopenDecision(db, actor, input)),
  );
}

/** Gives one open claim to a checker (or takes it back with null). */
export async function assignReviewClaim(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.assign", assignClaimSchema, raw, (db, actor, input) =>
    done(review.assignClaim(db, actor, input)),
  );
}
