import { z } from "zod";

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
    publishedAt: optionalText(100, "Published date"),
    body: z.string().max(2_000_000, "Body is too long (at most 2 MB).").optional(),
    html: z.string().max(5_000_000, "HTML is too long (at most 5 MB).").optional(),
  })
  .refine((a) => (a.body && a.body.trim()) || (a.html && a.html.trim()), {
    message: "An article needs a body or html.",
    path: ["body"],
  });

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ParsedArticleInput = z.output<typeof articleInputSchema>;
