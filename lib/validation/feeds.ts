import { z } from "zod";
import { FEED_INTERVALS } from "@/lib/feeds/intervals";

const intervalSchema = z.coerce
  .number()
  .int()
  .refine(
    (m) => (FEED_INTERVALS as readonly number[]).includes(m),
    "Choose one of the listed intervals.",
  );

export const addFeedSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the feed's address.")
    .max(2000, "The address is too long.")
    .pipe(
      z.url({
        protocol: /^https?$/,
        message: "Enter a full http(s) address, e.g. https://…/feed.xml",
      }),
    ),
  intervalMinutes: intervalSchema,
});
export const feedIdSchema = z.object({ id: z.coerce.number().int().positive() });
export const changeFeedSchema = feedIdSchema.extend({
  version: z.coerce.number().int().positive(),
  paused: z.boolean().optional(),
  intervalMinutes: intervalSchema.optional(),
});
