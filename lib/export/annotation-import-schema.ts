import { z } from "zod";
import { CLAIM_STATUSES, LINK_RELATIONS, SOURCE_TYPES, STANCES, VERDICTS } from "@/lib/domain";

/** What the importer reads from a Tally export. Anything else in the JSON-LD is ignored, so other
 * tools' extra keys do not stop an import; the Tally keys it needs are checked strictly. */

const isoDate = z.iso.datetime({ offset: true, message: "must be an ISO date-time" });
const nullableIso = isoDate.nullable().default(null);
const text = (max: number) => z.string().max(max);

export const agentSchema = z.object({
  type: z.string().optional(),
  name: text(200).default("Imported user"),
  email: z
    .string()
    .regex(/^mailto:[^@\s]+@[^@\s]+$/, "email must be a mailto: address")
    .optional(),
});
export type ImportAgent = z.infer<typeof agentSchema>;

const textualBodySchema = z.object({
  type: z.literal("TextualBody"),
  purpose: z.string().optional(),
  value: text(1_000_000),
  creator: agentSchema.optional(),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  "tally:doc": z.unknown().optional(),
});

const sourceBodySchema = z.object({
  type: z.literal("SpecificResource"),
  source: text(2000),
  creator: agentSchema.optional(),
  created: isoDate.optional(),
  "tally:source": z.object({
    title: text(1000),
    url: text(2000).nullable(),
    publisher: text(500).nullable(),
    publishedOn: text(100).nullable(),
    type: z.enum(SOURCE_TYPES),
  }),
  "tally:stance": z.enum(STANCES),
  "tally:locator": text(1000).nullable(),
});

const linkBodySchema = z.object({
  type: z.literal("SpecificResource"),
  source: text(2000),
  creator: agentSchema.optional(),
  created: isoDate.optional(),
  "tally:relation": z.enum(LINK_RELATIONS),
});

/** A body Tally does not know (another tool's) parses as "other" and is skipped. */
const bodySchema = z.union([
  sourceBodySchema,
  linkBodySchema,
  textualBodySchema,
  z
    .object({})
    .loose()
    .transform(() => null),
]);

export const importAnnotationSchema = z.object({
  id: text(2000),
  type: z.literal("Annotation"),
  creator: agentSchema.optional(),
  created: isoDate,
  modified: isoDate.optional(),
  body: z.array(bodySchema).default([]),
  target: z.object({
    source: text(2000),
    selector: z.array(z.object({ type: z.string() }).loose()).min(1),
  }),
  "tally:article": text(200),
  "tally:value": z.number().nullable(),
  "tally:low": z.number().nullable(),
  "tally:high": z.number().nullable(),
  "tally:kind": text(50),
  "tally:unit": text(100).nullable(),
  "tally:currency": text(20).nullable(),
  "tally:counted": text(200).nullable(),
  "tally:qualifier": text(50),
  // Optional: exports made before the direction of change existed still import.
  "tally:change": z.enum(["up", "down"]).nullable().optional(),
  "tally:from": z.number().nullable().optional(),
  "tally:period": text(100).nullable(),
  "tally:origin": z.enum(["auto", "manual"]),
  "tally:numberStart": z.number().int().nonnegative(),
  "tally:numberEnd": z.number().int().nonnegative(),
  "tally:sentenceStart": z.number().int().nonnegative(),
  "tally:sentenceEnd": z.number().int().nonnegative(),
  "tally:status": z.enum(CLAIM_STATUSES),
  "tally:statusReason": text(5000).nullable(),
  "tally:statusBy": agentSchema.nullable(),
  "tally:statusAt": nullableIso,
  "tally:verdict": z.enum(VERDICTS).nullable(),
  "tally:decisionNote": text(20000).nullable(),
  "tally:decidedBy": agentSchema.nullable(),
  "tally:decidedAt": nullableIso,
  "tally:assignee": agentSchema.nullable(),
  "tally:orphanedAt": nullableIso,
});
export type ImportAnnotation = z.infer<typeof importAnnotationSchema>;

export const importArticleEntrySchema = z.object({
  id: text(200),
  "tally:title": text(500),
  "tally:outlet": text(200).nullable(),
  // Shown as a link on the article page: only http(s), as in the import form.
  "tally:url": z
    .url({ protocol: /^https?$/, message: "an article URL must be a full http(s) address" })
    .max(2000)
    .nullable(),
  "tally:publishedAt": text(100).nullable(),
  "tally:body": z.string().min(1, "an article entry needs its body").max(2_000_000),
  created: isoDate.optional(),
});
export type ImportArticleEntry = z.infer<typeof importArticleEntrySchema>;

const pageSchema = z.object({
  type: z.literal("AnnotationPage"),
  items: z.array(z.unknown()).max(10_000),
  "tally:articles": z.array(importArticleEntrySchema).default([]),
});

const collectionSchema = z.object({ type: z.literal("AnnotationCollection"), first: pageSchema });
export type ImportPage = z.infer<typeof pageSchema>;

/** An AnnotationPage, an AnnotationCollection with its first page embedded, or an array of these
 * (all pages of a paged export, so links between claims on different pages resolve). Each document is
 * parsed by its own type so a refusal names the exact field. */
export function parseImportPayload(
  raw: unknown,
): { ok: true; pages: ImportPage[] } | { ok: false; error: string } {
  const docs = Array.isArray(raw) ? raw : [raw];
  if (docs.length === 0 || docs.length > 1000)
    return { ok: false, error: "Send between 1 and 1000 pages." };
  const pages: ImportPage[] = [];
  for (const [index, doc] of docs.entries()) {
    const type = (doc as { type?: unknown } | null)?.type;
    const parsed =
      type === "AnnotationCollection" ? collectionSchema.safeParse(doc) : pageSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [
        ...(docs.length > 1 ? [`page ${index + 1}`] : []),
        ...(issue?.path ?? []).map(String),
      ].join(".");
      return {
        ok: false,
        error: `Expected a Tally AnnotationPage, an AnnotationCollection with its first page, or an array of pages (${where || "document"}: ${issue?.message ?? "invalid"}).`,
      };
    }
    pages.push("first" in parsed.data ? parsed.data.first : parsed.data);
  }
  return { ok: true, pages };
}
