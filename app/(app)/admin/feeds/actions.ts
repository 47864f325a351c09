"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { addFeed, changeFeed, readFeed, removeFeed } from "@/db/services/feeds";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { authorizeAction } from "@/app/_lib/guards";
import { FEED_INTERVALS } from "@/lib/feeds/intervals";

const intervalSchema = z.coerce
  .number()
  .int()
  .refine(
    (m) => (FEED_INTERVALS as readonly number[]).includes(m),
    "Choose one of the listed intervals.",
  );

const feedSchema = z.object({
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
const feedIdSchema = z.object({ id: z.coerce.number().int().positive() });
const changeSchema = feedIdSchema.extend({
  version: z.coerce.number().int().positive(),
  paused: z.boolean().optional(),
  intervalMinutes: intervalSchema.optional(),
});

const done = <T>(
  result: { ok: true; data: T } | { ok: false; status: 404 | 409 | 422; error: string },
) => {
  revalidatePath("/admin/feeds");
  return result.ok ? ok(result.data) : fail(result.status, result.error);
};

/** Adds a feed; it is read at the next tick of the background reader. */
export async function addFeedAction(raw: unknown): Promise<ActionResult<{ id: number }>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = feedSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  return done(addFeed(getDb(), auth.user.id, input.data));
}

export async function changeFeedAction(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = changeSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  return done(changeFeed(getDb(), auth.user.id, input.data));
}

export async function removeFeedAction(raw: unknown): Promise<ActionResult<null>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = feedIdSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  return done(removeFeed(getDb(), auth.user.id, input.data));
}

/** Reads one feed now, without waiting for its turn. */
export async function readFeedNowAction(
  raw: unknown,
): Promise<ActionResult<{ imported: number; error: string | null }>> {
  const auth = await authorizeAction("article.import");
  if (!auth.ok) return auth;
  const input = feedIdSchema.safeParse(raw);
  if (!input.success) return invalid(input.error);
  const summary = await readFeed(getDb(), { feedId: input.data.id });
  revalidatePath("/admin/feeds");
  revalidatePath("/");
  return ok({ imported: summary.imported, error: summary.error });
}
