import { z } from "zod";
import { SOURCE_TYPES, STANCES } from "@/lib/domain";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import { parsePublishedDate } from "@/lib/import/dates";

const id = z.number().int().positive();

const blankToNull = (s: string) => (s === "" ? null : s);

/** "example.org/report" means https://example.org/report: people paste addresses without the scheme. */
export function withScheme(url: string): string {
  if (url === "" || /^[a-z][a-z0-9+.-]{0,20}:/i.test(url)) return url;
  return `https://${url.startsWith("//") ? url.slice(2) : url}`;
}

/** The one forgiving date reader (the import's): 2020-02-13, 13 Feb 2020, February 13, 2020; or a year
 * or a month alone (2020, 2020-02). */
export function readSourceDate(raw: string): string | null | undefined {
  if (raw === "") return null;
  if (/^\d{4}(-\d{2})?$/.test(raw)) return raw;
  return parsePublishedDate(raw) ?? undefined;
}

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
    .transform(withScheme)
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
    .max(100, "That date is too long.")
    .refine(
      (s) => readSourceDate(s) !== undefined,
      "Enter a date such as 13 Feb 2020 or 2020-02-13 (YYYY-MM-DD), or just the year.",
    )
    .transform((s) => readSourceDate(s) ?? null),
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
