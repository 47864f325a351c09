import { z } from "zod";
import { WATCH_CHOICES } from "@/lib/domain";

/** An alert as the editor saw it: closing it checks the version, so two editors never both close it. */
export const alertRefSchema = z.object({
  alertId: z.number().int().positive(),
  version: z.number().int().positive(),
});
export type AlertRefInput = z.infer<typeof alertRefSchema>;

/** Watch or unwatch a figure, or (null) go back to the default: watched once verified or decided. The
 * choice the checker saw (`seen`) is checked, so a concurrent change is reported, never overwritten. */
export const watchClaimSchema = z.object({
  claimId: z.number().int().positive(),
  seen: z.enum(WATCH_CHOICES).nullable(),
  watch: z.enum(WATCH_CHOICES, { error: "Choose to watch or unwatch the figure." }).nullable(),
});
export type WatchClaimInput = z.infer<typeof watchClaimSchema>;
