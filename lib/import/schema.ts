import { z } from "zod";
import { parsePublishedDate } from "./dates";
import { MAX_FILE_BYTES, megabytes } from "./limits";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** One article as it arrives: pasted, uploaded, from a batch line, or from the API. */
export const articleInputSchema = z
  .object({
    title: optionalText(500, "Title"),
    outlet: optionalText(200, "Outlet"),
    url: z
      .url({ protocol: /^https?$/, message: "URL must be a full http(s) address." })
      .max(2000, "URL is too long.")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    publishedAt: optionalText(100, "Published date").refine(
      (v) => v === undefined || parsePublishedDate(v) !== null,
      {
        message:
          "Published date is not a date Tally can read: use e.g. 2020-02-14 or February 14, 2020.",
      },
    ),
    // The same ceiling as one uploaded file, so any file within the stated limit can be imported.
    body: z
      .string()
      .max(MAX_FILE_BYTES, `Body is too long (at most ${megabytes(MAX_FILE_BYTES)}).`)
      .optional(),
    html: z
      .string()
      .max(MAX_FILE_BYTES, `HTML is too long (at most ${megabytes(MAX_FILE_BYTES)}).`)
      .optional(),
  })
  .refine((a) => (a.body && a.body.trim()) || (a.html && a.html.trim()), {
    message: "An article needs a body or html.",
    path: ["body"],
  });

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ParsedArticleInput = z.output<typeof articleInputSchema>;
