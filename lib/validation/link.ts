import { z } from "zod";
import { LINK_RELATIONS } from "@/lib/domain";

export const linkClaimsSchema = z
  .object({
    fromClaimId: z.number().int().positive(),
    toClaimId: z.number({ error: "Choose the claim to link to." }).int().positive(),
    relation: z.enum(LINK_RELATIONS, { error: "Choose how the claims relate." }),
  })
  .refine((v) => v.fromClaimId !== v.toClaimId, {
    message: "A claim cannot be linked to itself.",
    path: ["toClaimId"],
  });
export type LinkClaimsInput = z.infer<typeof linkClaimsSchema>;

export const unlinkClaimsSchema = z.object({ linkId: z.number().int().positive() });

export const searchLinkTargetsSchema = z.object({
  claimId: z.number().int().positive(),
  query: z.string().trim().max(200),
});
