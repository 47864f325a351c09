import { z } from "zod";
import { SOURCE_TYPES, STANCES } from "@/lib/domain";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";

const id = z.number().int().positive();

const blankToNull = (s: string) => (s === "" ? null : s);

/** A new library entry. The URL is optional (interviews have none) but, when given, must be a valid web address. */
export const newSourceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the source a title.")
    .max(300, "Titles are limited to 300 characters."),
  url: z
    .string()
    .trim()
    .max(2048, "That address is too long (2,048 characters at most).")
    .superRefine((value, ctx) => {
      if (value === "") return;
      const r = normalizeSourceUrl(value);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.error });
    })
    .transform(blankToNull),
  publisher: z
    .string()
    .trim()
    .max(200, "Publisher names are limited to 200 characters.")
    .transform(blankToNull),
  publishedOn: z
    .string()
    .trim()
    .refine(
      (s) => s === "" || (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s))),
      "Enter the date as YYYY-MM-DD (or YYYY-MM, or YYYY).",
    )
    .transform(blankToNull),
  type: z.enum(SOURCE_TYPES, { error: "Choose a source type." }),
});
export type NewSourceInput = z.infer<typeof newSourceSchema>;

const attachmentFields = {
  claimId: id,
  stance: z.enum(STANCES, {
    error: "Choose whether the source supports, contradicts or gives context.",
  }),
  locator: z
    .string()
    .trim()
    .max(500, "The locator is limited to 500 characters.")
    .transform(blankToNull),
};

/** Attach either an existing library source (sourceId) or a new one created in place (source). */
export const attachSourceSchema = z.union([
  z.object({ ...attachmentFields, sourceId: id }),
  z.object({ ...attachmentFields, source: newSourceSchema }),
]);
export type AttachSourceInput = z.infer<typeof attachSourceSchema>;

export const detachSourceSchema = z.object({ claimSourceId: id });

export const searchSourcesSchema = z.object({ query: z.string().trim().max(200) });
