import { z } from "zod";
import type { QueueCursor, QueueFilters, QueueOrder } from "@/db/queries/review";

const DAY = 86_400_000;

/** Age buckets for the filter: how long the dispute has been waiting. */
export const AGE_OPTIONS = {
  "1d": { label: "Under a day", maxAgeMs: DAY },
  "1-7d": { label: "1–7 days", minAgeMs: DAY, maxAgeMs: 7 * DAY },
  "7d+": { label: "Over a week", minAgeMs: 7 * DAY },
  "30d+": { label: "Over a month", minAgeMs: 30 * DAY },
} as const satisfies Record<string, { label: string; minAgeMs?: number; maxAgeMs?: number }>;
export type AgeOption = keyof typeof AGE_OPTIONS;

const id = z.coerce.number().int().positive();
const cursor = z
  .string()
  .regex(/^\d{1,15}\.\d{1,12}$/)
  .transform((s): QueueCursor => {
    const [at, cid] = s.split(".");
    return { at: Number(at), id: Number(cid) };
  });

// Anything malformed in the address is dropped rather than refused: a stale bookmark still opens the queue.
const paramsSchema = z.object({
  order: z.enum(["newest", "oldest"]).catch("newest"),
  article: id.optional().catch(undefined),
  outlet: z.string().trim().min(1).max(200).optional().catch(undefined),
  by: id.optional().catch(undefined),
  assignee: z
    .union([z.literal("none"), id])
    .optional()
    .catch(undefined),
  age: z
    .enum(Object.keys(AGE_OPTIONS) as [AgeOption, ...AgeOption[]])
    .optional()
    .catch(undefined),
  contra: z.literal("1").optional().catch(undefined),
  after: cursor.optional().catch(undefined),
  before: cursor.optional().catch(undefined),
});
export type QueueParams = z.infer<typeof paramsSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** How many filters narrow the queue (the order and the page are not filters). */
export function activeFilterCount(params: QueueParams): number {
  const { article, outlet, by, assignee, age, contra } = params;
  return [article, outlet, by, assignee, age, contra].filter((v) => v !== undefined).length;
}

export function parseQueueParams(raw: RawParams): QueueParams {
  const flat = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return paramsSchema.parse(flat);
}

export function toQueueQuery(params: QueueParams): {
  order: QueueOrder;
  filters: QueueFilters;
  after?: QueueCursor;
  before?: QueueCursor;
} {
  const age = params.age ? AGE_OPTIONS[params.age] : undefined;
  return {
    order: params.order,
    filters: {
      articleId: params.article,
      outlet: params.outlet,
      disputedBy: params.by,
      assignee: params.assignee,
      minAgeMs: age && "minAgeMs" in age ? age.minAgeMs : undefined,
      maxAgeMs: age && "maxAgeMs" in age ? age.maxAgeMs : undefined,
      contradicted: params.contra === "1",
    },
    // A page is read from one side only; `before` wins if a hand-edited address has both.
    before: params.before,
    after: params.before ? undefined : params.after,
  };
}

/** The address of the queue with these params changed (cursor dropped unless given). */
export function queueHref(
  params: QueueParams,
  change: Partial<Record<keyof QueueParams, string | undefined>>,
): string {
  const merged: Record<string, string | undefined> = {
    order: params.order === "newest" ? undefined : params.order,
    article: params.article?.toString(),
    outlet: params.outlet,
    by: params.by?.toString(),
    assignee: params.assignee?.toString(),
    age: params.age,
    contra: params.contra,
    ...change,
  };
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "") search.set(k, v);
  const query = search.toString();
  return query ? `/review?${query}` : "/review";
}

export const cursorParam = (row: { disputedAt: number; id: number }) =>
  `${row.disputedAt}.${row.id}`;
