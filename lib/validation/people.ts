import { z } from "zod";

/** What a user picker asks the server for: some typed text and how many answers (at most 20). */
export const peopleQuerySchema = z.object({
  query: z.string().trim().max(100, "Type at most 100 characters to find someone."),
  limit: z.number().int().min(1).max(20).default(12),
});

export interface PersonOption {
  id: number;
  name: string;
  email: string;
  role: string;
}
