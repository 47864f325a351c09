import { z } from "zod";
import { claimRefSchema } from "./claim";
import { UPHOLD_VERDICTS } from "./labels";

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required.`)
    .max(4000, `${what} must be at most 4,000 characters.`);
/** A checker or editor to give claims to, or null to take them back. */
const assigneeId = z.number().int().positive().nullable();

export const upholdDisputeSchema = claimRefSchema.extend({
  verdict: z.enum(UPHOLD_VERDICTS, {
    message:
      "Choose a verdict that says what is wrong with the claim. If it is accurate, dismiss the dispute instead.",
  }),
  explanation: text("A public explanation"),
});
export const dismissDisputeSchema = claimRefSchema.extend({ note: text("A note") });
export const reopenDecisionSchema = claimRefSchema.extend({ reason: text("A reason") });
export const assignClaimSchema = claimRefSchema.extend({ assigneeId });
export const assignArticleClaimsSchema = z.object({
  articleId: z.number().int().positive(),
  assigneeId,
});
