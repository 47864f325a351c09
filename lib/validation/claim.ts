import { z } from "zod";
import { QUALIFIERS } from "@/lib/claims/types";

const id = z.number({ error: "Missing id." }).int().positive();
/** The claim version the client last saw: writes on an older one are refused, never merged. */
const version = z.number({ error: "Missing claim version." }).int().positive();

export const claimRefSchema = z.object({ claimId: id, version });
export type ClaimRef = z.infer<typeof claimRefSchema>;

export const verifyClaimSchema = claimRefSchema;

export const disputeClaimSchema = claimRefSchema.extend({
  reason: z
    .string()
    .trim()
    .min(1, "Say why the claim is disputed: a reason is required.")
    .max(2000, "Keep the reason under 2,000 characters; use a note for more."),
});
export type DisputeClaimInput = z.infer<typeof disputeClaimSchema>;

/** Undo of a status change: the status (and dispute reason) the claim had before, written with the version
 * the change returned, so an undo after someone else's write is a conflict, never an overwrite. */
export const revertClaimStatusSchema = claimRefSchema
  .extend({
    status: z.enum(["unchecked", "verified", "disputed"], { error: "Unknown status." }),
    reason: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((v) => v.status !== "disputed" || (v.reason ?? "") !== "", {
    message: "A disputed claim needs its reason.",
    path: ["reason"],
  });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is limited to ${max} characters.`)
    .transform((s) => (s === "" ? null : s))
    .nullable();

const optionalNumber = z
  .number({ error: "Enter a number." })
  .finite("Enter a finite number.")
  .nullable();

export const editClaimSchema = claimRefSchema
  .extend({
    value: optionalNumber,
    low: optionalNumber,
    high: optionalNumber,
    unit: optionalText(60, "The unit"),
    counted: optionalText(200, "What is counted"),
    qualifier: z.enum(QUALIFIERS, { error: "Choose a qualifier from the list." }),
    period: optionalText(120, "The time scope"),
  })
  .refine((v) => v.low === null || v.high === null || v.low <= v.high, {
    message: "The low end of the range must not exceed the high end.",
    path: ["high"],
  });
export type EditClaimInput = z.infer<typeof editClaimSchema>;

export const MANUAL_CLAIM_MAX = 600;

export const createManualClaimSchema = z
  .object({
    articleId: id,
    articleVersion: z.number().int().positive().optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** The selected text as the browser saw it: must equal the body at those offsets. */
    quote: z.string().min(1, "Select some text first."),
  })
  .refine((v) => v.end > v.start, { message: "Select some text first.", path: ["end"] })
  .refine((v) => v.end - v.start <= MANUAL_CLAIM_MAX, {
    message: `A claim is at most ${MANUAL_CLAIM_MAX} characters; select less text.`,
    path: ["end"],
  });
export type CreateManualClaimInput = z.infer<typeof createManualClaimSchema>;
