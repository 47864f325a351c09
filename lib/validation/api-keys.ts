import { z } from "zod";
import { API_KEY_LIFETIMES_DAYS } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/lib/domain";

export const createApiKeySchema = z.object({
  name: z
    .string({ message: "Give the key a name." })
    .trim()
    .min(1, "Give the key a name, e.g. the system that will use it.")
    .max(100, "The name is too long (at most 100 characters)."),
  userId: z.coerce
    .number({ message: "Choose the user the key acts as." })
    .int()
    .positive("Choose the user the key acts as."),
  scope: z.enum(API_KEY_SCOPES, {
    message: "Choose what the key may do: read, or read and write.",
  }),
  expiresInDays: z.coerce
    .number({ message: "Choose how long the key lasts." })
    .refine((d) => (API_KEY_LIFETIMES_DAYS as readonly number[]).includes(d), {
      message: `Choose how long the key lasts: ${API_KEY_LIFETIMES_DAYS.join(", ")} days.`,
    }),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({
  id: z.coerce.number({ message: "Which key?" }).int().positive("Which key?"),
});
