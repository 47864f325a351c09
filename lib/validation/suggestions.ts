import { z } from "zod";

export const decideSuggestionSchema = z.object({
  suggestionId: z.number({ error: "Which suggestion?" }).int().positive(),
});
export type DecideSuggestionInput = z.infer<typeof decideSuggestionSchema>;

export const resolveFlagSchema = z.object({
  flagId: z.number({ error: "Which flag?" }).int().positive(),
});
export type ResolveFlagInput = z.infer<typeof resolveFlagSchema>;
