import type { Db } from "@/db";
import type { ImportOutcome, ImportSummary, ItemResult } from "@/lib/import/outcome";
import { importArticle } from "./import-article";
import type { ImportItem } from "@/lib/import/files";

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

/** Imports items one by one, each article in its own transaction, so one bad item never
 * stops or half-writes the others. `onProgress` is called after every item. */
export function importItems(
  db: Db,
  items: ImportItem[],
  options: ImportOptions & {
    onProgress?: (done: number, total: number, result: ItemResult) => void;
  },
): ImportSummary {
  const results: ItemResult[] = [];
  items.forEach((item, index) => {
    const result = importItem(db, item, options);
    results.push(result);
    options.onProgress?.(index + 1, items.length, result);
  });
  return summarize(results);
}

/** The same import, yielding to the event loop after each item so a streamed response can flush
 * its progress (and other requests get served) while a long batch runs. */
export async function* importItemsGradually(
  db: Db,
  items: ImportItem[],
  options: ImportOptions,
): AsyncGenerator<{ done: number; total: number; result: ItemResult }> {
  for (let index = 0; index < items.length; index++) {
    const result = importItem(db, items[index]!, options);
    yield { done: index + 1, total: items.length, result };
    await new Promise((resolve) => setImmediate(resolve));
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
