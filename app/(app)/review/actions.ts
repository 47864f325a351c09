"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { UPHOLD_VERDICTS } from "@/lib/validation/labels";
import {
  dismissDispute,
  reopenDecision,
  upholdDispute,
  type GuardedWrite,
} from "@/db/queries/review-decisions";
import { assignClaim, isAssignableUser } from "@/db/queries/assignments";
import { authorizeAction } from "@/lib/auth/guards";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { describeNewerState, type NewerState } from "@/components/review/newer-state";

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

/** Turns a refused versioned write into the message the form shows, with the newer state attached. */
function refused(result: Exclude<GuardedWrite, { ok: true }>, verb: string): ActionResult<never> {
  if (result.reason === "missing") return fail(404, "This claim no longer exists.");
  const current: NewerState = {
    version: result.current.version,
    status: result.current.status,
    verdict: result.current.verdict,
    statusReason: result.current.statusReason,
    decisionNote: result.current.decisionNote,
    assigneeId: result.current.assigneeId,
    updatedAt: result.current.updatedAt,
  };
  const lead =
    result.reason === "conflict"
      ? "Someone else changed this claim first"
      : `This claim can no longer be ${verb}`;
  return fail(409, `${lead}: ${describeNewerState(current)} Reload to see it, then decide again.`, {
    current,
  });
}

function done(result: Extract<GuardedWrite, { ok: true }>): ActionResult<DecisionOutcome> {
  revalidatePath("/review", "layout");
  revalidatePath(`/articles/${result.claim.articleId}`, "layout");
  revalidatePath("/");
  return ok({
    claimId: result.claim.id,
    version: result.claim.version,
    status: result.claim.status,
  });
}

/** Upholds a dispute with a verdict and a public explanation: the claim becomes decided. */
export async function upholdClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  const auth = await authorizeAction("claim.decide");
  if (!auth.ok) return auth;
  const input = upholdSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, verdict, explanation } = input.data;
  const result = getDb().transaction((tx) =>
    upholdDispute(tx, { id: claimId, version, verdict, explanation, actorId: auth.user.id }),
  );
  return result.ok ? done(result) : refused(result, "decided");
}

/** Dismisses a dispute: the claim goes back to verified, with the editor's note in its history. */
export async function dismissClaimDispute(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  const auth = await authorizeAction("claim.decide");
  if (!auth.ok) return auth;
  const input = dismissSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, note } = input.data;
  const result = getDb().transaction((tx) =>
    dismissDispute(tx, { id: claimId, version, note, actorId: auth.user.id }),
  );
  return result.ok ? done(result) : refused(result, "dismissed");
}

/** Reopens a decided claim: disputed again, with the reason; the old decision stays in the history. */
export async function reopenClaimDecision(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  const auth = await authorizeAction("claim.decide");
  if (!auth.ok) return auth;
  const input = reopenSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, reason } = input.data;
  const result = getDb().transaction((tx) =>
    reopenDecision(tx, { id: claimId, version, reason, actorId: auth.user.id }),
  );
  return result.ok ? done(result) : refused(result, "reopened");
}

/** Gives one open claim to a checker (or takes it back with null). */
export async function assignReviewClaim(raw: unknown): Promise<ActionResult<DecisionOutcome>> {
  const auth = await authorizeAction("claim.assign");
  if (!auth.ok) return auth;
  const input = assignSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const { claimId, version, assigneeId } = input.data;
  const db = getDb();
  if (assigneeId !== null && !isAssignableUser(db, { id: assigneeId })) {
    return fail(422, "Claims can only be assigned to an active checker or editor.", {
      fieldErrors: { assigneeId: ["Choose an active checker or editor."] },
    });
  }
  const result = db.transaction((tx) =>
    assignClaim(tx, { id: claimId, version, assigneeId, actorId: auth.user.id }),
  );
  return result.ok
    ? done(result)
    : refused(result, "assigned (only unchecked or disputed claims are)");
}
