import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain";

const id = (label: string) =>
  z.coerce
    .number({ message: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be positive`);
const search = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} must not be empty`)
    .max(200, `${label} is too long (at most 200 characters)`);

/** Query parameters shared by the list endpoints; unknown parameters are refused so a typo is not silently ignored. */
export const articleListQuerySchema = z
  .object({
    outlet: search("outlet").optional(),
    q: search("q").optional(),
    limit: z.coerce
      .number({ message: "limit must be a number" })
      .int()
      .min(1, "limit must be at least 1")
      .max(500, "limit must be at most 500")
      .default(50),
    cursor: id("cursor").optional(),
  })
  .strict();
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const claimListQuerySchema = articleListQuerySchema
  .extend({
    status: z
      .enum(CLAIM_STATUSES, { message: `status must be one of: ${CLAIM_STATUSES.join(", ")}` })
      .optional(),
    articleId: id("articleId").optional(),
  })
  .strict();
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;

export const csvQuerySchema = claimListQuerySchema.omit({ limit: true, cursor: true }).strict();

export const annotationPageQuerySchema = z
  .object({
    cursor: id("cursor").optional(),
    limit: z.coerce
      .number({ message: "limit must be a number" })
      .int()
      .min(1, "limit must be at least 1")
      .max(500, "limit must be at most 500")
      .default(100),
  })
  .strict();
