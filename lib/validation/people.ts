import { z } from "zod";
import { ROLES } from "@/lib/domain";

/** What a user picker asks the server for: some typed text, how many answers (at most 20), which roles. */
export const peopleQuerySchema = z.object({
  query: z.string().trim().max(100, "Type at most 100 characters to find someone."),
  limit: z.number().int().min(1).max(20).default(12),
  /** Only people with these roles (the ones the form may take); any role when absent. */
  roles: z
    .array(z.enum(ROLES, { error: "Unknown role." }))
    .max(ROLES.length)
    .optional(),
});

export interface PersonOption {
  id: number;
  name: string;
  email: string;
  role: string;
}
