import type { Db } from "@/db";
import { importArticle, type ImportOutcome } from "./import-article";
import type { ImportItem } from "./files";

export type ItemResult = { label: string } & ImportOutcome;

export interface ImportSummary {
  results: ItemResult[];
  created: number;
  duplicates: number;
  failed: number;
}

/** Imports items one by one, each article in its own transaction, so one bad item never
 * stops or half-writes the others. `onProgress` is called after every item. */
export function importItems(
  db: Db,
  items: ImportItem[],
  options: { actorId: number | null; onProgress?: (done: number, total: number, result: ItemResult) => void },
): ImportSummary {
  const results: ItemResult[] = [];
  items.forEach((item, index) => {
    const outcome: ImportOutcome = item.ok
      ? importArticle(db, item.input, { actorId: options.actorId })
      : { status: "failed", error: item.error };
    const result = { label: item.label, ...outcome };
    results.push(result);
    options.onProgress?.(index + 1, items.length, result);
  });
  return summarize(results);
}

export function summarize(results: ItemResult[]): ImportSummary {
  return {
    results,
    created: results.filter((r) => r.status === "created").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    failed: results.filter((r) => r.status === "failed").length,
  };
}
