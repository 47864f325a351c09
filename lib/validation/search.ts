import { z } from "zod";
import { CLAIM_STATUSES, VERDICTS } from "@/lib/domain";
import { CLAIM_KINDS } from "@/lib/claims/types";

/** A form sends every field, empty or not: an empty field is "no filter". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = (label: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional(),
  );

/** "1,370", "2 000" and "1370" are one number; "1.5k" is not (say 1500). */
const figure = (label: string) =>
  z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      return typeof b === "string" ? b.replace(/[,\s_]/g, "") : b;
    },
    z.coerce
      .number({ message: `${label} must be a number, like 500 or 2,000.` })
      .finite(`${label} must be a finite number.`)
      .optional(),
  );

const isoDate = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written YYYY-MM-DD.`)
      .optional(),
  );

const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { message: `${label} must be one of: ${values.join(", ")}.` }).optional(),
  );

/** What /search and GET /api/v1/search accept. Every filter is optional; at least one must be given. */
export const searchQuerySchema = z
  .object({
    q: text("The search text", 300),
    min: figure("The lowest value"),
    max: figure("The highest value"),
    kind: oneOf(CLAIM_KINDS, "The kind"),
    unit: text("The unit", 60),
    status: oneOf(CLAIM_STATUSES, "The status"),
    verdict: oneOf(VERDICTS, "The verdict"),
    outlet: text("The outlet", 200),
    source: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "The source must be a source id (a number)." })
        .int("The source must be a source id (a whole number).")
        .positive("The source must be a source id (a positive number).")
        .optional(),
    ),
    from: isoDate("The first date"),
    to: isoDate("The last date"),
  })
  // A misspelt parameter is refused rather than silently ignored.
  .strict()
  .refine((v) => v.min === undefined || v.max === undefined || v.min <= v.max, {
    message: "The lowest value must not exceed the highest.",
    path: ["max"],
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "The first date must not be after the last date.",
    path: ["to"],
  });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** True when the query narrows claims (not only articles): then the claims themselves are listed. */
export function hasClaimFilter(q: SearchQuery): boolean {
  return (
    q.min !== undefined ||
    q.max !== undefined ||
    q.kind !== undefined ||
    q.unit !== undefined ||
    q.status !== undefined ||
    q.verdict !== undefined ||
    q.source !== undefined
  );
}

export function isEmptySearch(q: SearchQuery): boolean {
  return !q.q && !hasClaimFilter(q) && !q.outlet && !q.from && !q.to;
}
