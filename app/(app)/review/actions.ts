"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as review from "@/db/services/review";
import { runAction } from "@/app/_lib/action";
import type { ActionResult } from "@/lib/action-result";
import { UPHOLD_VERDICTS } from "@/lib/validation/labels";

const claimRefSchema = z.object({
  claimId: z.number().int().positive(),
  version: z.number().int().positive(),
});
const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required.`)
    .max(4000, `${what} must be at most 4,000 characters.`);

const upholdSchema = claimRefSchema.extend({
  verdict: z.enum(UPHOLD_VERDICTS, {
    message:
      "Choose a verdict that says what is wrong with the claim. If it is accurate, dismiss the dispute instead.",
  }),
  explanation: text("A public explanation"),
});
const dismissSchema = claimRefSchema.extend({ note: text("A note") });
const reopenSchema = claimRefSchema.extend({ reason: text("A reason") });
const assignSchema = claimRefSchema.extend({ assigneeId: z.number().int().positive().nullable() });

export type DecisionOutcome = { claimId: number; version: number; status: string };

function done({ articleId, ...outcome }: review.DecisionOutcome): DecisionOutcome {
  revalidatePath("/review", "layout");
  revalidatePath(`/articles/${articleId}`, "layout");
  revalidatePath("/");
  return outcome;
}

/** Upholds a dispute with a verdict and a public explanation: the claim becomes decided. */
export async function upholdClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", upholdSchema, raw, (db, actor, input) =>
    done(review.upholdDispute(db, actor, input)),
  );
}

/** Dismisses a dispute: the claim goes back to verified, with the editor's note in its history. */
export async function dismissClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", dismissSchema, raw, (db, actor, input) =>
    done(review.dismissDispute(db, actor, input)),
  );
}

/** Reopens a decided claim: disputed again, with the reason; the old decision stays in the history. */
export async function reopenClaimDecision(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.decide", reopenSchema, raw, (db, actor, input) =>
    done(review.reopenDecision(db, actor, input)),
  );
}

/** Gives one open claim to a checker (or takes it back with null). */
export async function assignReviewClaim(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  return runAction("claim.assign", assignSchema, raw, (db, actor, input) =>
    done(review.assignClaim(db, actor, input)),
  );
}
