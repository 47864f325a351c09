import { z } from "zod";
import { articleInputSchema } from "@/lib/import/schema";
import { MAX_PASTE_CHARS } from "@/lib/import/limits";

/** One article pasted on the import page. */
export const pasteArticleSchema = z.object({
  title: z.string().max(500, "Title is too long (at most 500 characters).").optional(),
  outlet: z.string().max(200, "Outlet is too long (at most 200 characters).").optional(),
  url: z.string().max(2000, "URL is too long.").optional(),
  publishedAt: z.string().max(100, "Published date is too long.").optional(),
  // An empty box sends no body at all: that is the same "paste the text", never zod's type message.
  body: z
    .string({ error: "Paste the article text." })
    .max(
      MAX_PASTE_CHARS,
      `The pasted text is too long (at most ${MAX_PASTE_CHARS.toLocaleString("en-US")} characters); upload it as a file instead.`,
    )
    .refine((b) => b.trim().length > 0, "Paste the article text."),
});
export type PasteArticleInput = z.infer<typeof pasteArticleSchema>;

/** Step one of import by URL on the import page: the address to read. */
export const readArticleUrlSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address of the article.")
    .max(2000, "The address is too long.")
    .pipe(z.url({ protocol: /^https?$/, message: "Enter a full http(s) address, e.g. https://…" })),
});

// The same field rules as every other import (the base schema carries a refinement, so no .pick).
const { title, outlet, url, publishedAt } = articleInputSchema.shape;

/** Step two: the page read in step one, with the admin's corrections to its title, outlet, date and URL. */
export const importReadPageSchema = z.object({
  title,
  outlet,
  url,
  publishedAt,
  pageId: z.coerce.number().int().positive("Read the page first."),
});

/** POST /api/import/url: the address and optional corrections, in the API's words (field names). */
export const importUrlRequestSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, "url is too long.")
    .pipe(z.url({ protocol: /^https?$/, message: "url must be a full http(s) address." })),
  // Corrections to what the page says about itself; omitted fields keep the page's own values.
  title,
  outlet,
  publishedAt,
});
