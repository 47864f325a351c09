import { z } from "zod";

/**
 * The address parameters of a searchable, paged list (articles, users). A page reads its searchParams
 * through one of these schemas, so a hand-edited address gets a plain message, never a 500.
 */

/** A parameter given twice counts once (its first value); an empty one is no parameter. */
const oneValue = (v: unknown) => {
  const first = Array.isArray(v) ? (v as unknown[])[0] : v;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};

export const listTextParam = (label: string, max = 200) =>
  z.preprocess(
    oneValue,
    z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional(),
  );

/** A keyset cursor that names a row by its id ("after=42": the page after row 42). */
export const cursorIdParam = () =>
  z.preprocess(
    oneValue,
    z
      .string()
      .regex(/^[1-9]\d{0,15}$/, "This page address is not valid: start again from the first page.")
      .transform(Number)
      .optional(),
  );

export const oneOfParam = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess(
    oneValue,
    z.enum(values, { message: `${label} must be one of: ${values.join(", ")}.` }).optional(),
  );

/** The address of a list page with these parameters (empty ones left out). */
export function listHref(
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The first problem in words, for a page that cannot show the list it was asked for. */
export function firstIssueMessage(error: { issues: { message: string }[] }): string {
  return error.issues[0]?.message ?? "This address is not valid.";
}
