import type { Db } from "@/db";
import { writeTransaction } from "../write-transaction";
import type { ImportOutcome, ImportSummary, ItemResult } from "@/lib/import/outcome";
import { importArticle } from "./import-article";
import type { ImportItem } from "@/lib/import/files";
import { articleInputSchema } from "@/lib/import/schema";
import { readArticleOffThread } from "@/lib/import/read-off-thread";

export type { ImportSummary, ItemResult };

interface ImportOptions {
  actorId: number | null;
  /** Link suggestions after each article (default); off only for benchmarks that time the import alone. */
  suggestions?: boolean;
}

function importItem(db: Db, item: ImportItem, options: ImportOptions): ItemResult {
  const outcome: ImportOutcome = item.ok
    ? importArticle(db, item.input, { actorId: options.actorId, suggestions: options.suggestions })
    : { status: "failed", error: item.error };
  return { label: item.label, ...outcome };
}

/** Articles stored per transaction: one commit to disk (an fsync, most of a small article's import)
 * for a run of them, not one each; the write lock is given back at least this often. */
const COMMIT_EVERY_ITEMS = 32;
const COMMIT_EVERY_MS = 200;

/** Imports items one by one, each article in a savepoint of its own inside a transaction that commits
 * every few dozen articles, so one bad item never stops or half-writes the others. `onProgress` is
 * called after every item. */
export function importItems(
  db: Db,
  items: ImportItem[],
  options: ImportOptions & {
    onProgress?: (done: number, total: number, result: ItemResult) => void;
  },
): ImportSummary {
  const results: ItemResult[] = [];
  while (results.length < items.length) {
    writeTransaction(db, () => {
      const started = performance.now();
      const end = Math.min(items.length, results.length + COMMIT_EVERY_ITEMS);
      while (results.length < end && performance.now() - started < COMMIT_EVERY_MS) {
        const result = importItem(db, items[results.length]!, options);
        results.push(result);
        options.onProgress?.(results.length, items.length, result);
      }
    });
  }
  return summarize(results);
}

/** One article as a request imports it: read (HTML, cleaning, detection) in a worker thread within
 * a time limit, so a slow or hostile article never blocks other users; then stored here. */
export async function importArticleOffThread(
  db: Db,
  raw: unknown,
  options: ImportOptions & { limitMs?: number },
): Promise<ImportOutcome> {
  const parsed = articleInputSchema.safeParse(raw);
  // An invalid article is refused by importArticle with its usual message; nothing to read.
  if (!parsed.success) return importArticle(db, raw, options);
  const read = await readArticleOffThread(parsed.data, { limitMs: options.limitMs });
  return importArticle(db, raw, { ...options, read });
}

/** The same import for a streamed response: each article read off the event loop, progress after
 * each item, so the page shows it live and other requests are served while a long batch runs. */
export async function* importItemsGradually(
  db: Db,
  items: ImportItem[],
  options: ImportOptions & { limitMs?: number },
): AsyncGenerator<{ done: number; total: number; result: ItemResult }> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const outcome: ImportOutcome = item.ok
      ? await importArticleOffThread(db, item.input, options)
      : { status: "failed", error: item.error };
    yield { done: index + 1, total: items.length, result: { label: item.label, ...outcome } };
  }
}

export function summarize(results: ItemResult[]): ImportSummary {
  return {
    results,
    created: results.filter((r) => r.status === "created").length,
    updated: results.filter((r) => r.status === "updated").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    failed: results.filter((r) => r.status === "failed").length,
  };
}
