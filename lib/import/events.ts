import type { ItemResult, ImportSummary } from "./outcome";

/** One imported item as the import page shows it (and as the streamed batch sends it). */
export interface ResultView {
  label: string;
  status: ItemResult["status"];
  articleId: number | null;
  title: string | null;
  claimCount: number | null;
  error: string | null;
  removed: Array<{ rule: string; text: string }>;
  /** For an updated article: what happened to its claims. */
  claims: {
    kept: number;
    orphaned: number;
    refreshed: number;
    replaced: number;
    added: number;
  } | null;
}

export type SummaryView = Omit<ImportSummary, "results"> & { total: number };

/** The NDJSON events of POST /api/import, one JSON object a line. */
export type ImportEvent =
  | { type: "start"; total: number }
  | { type: "progress"; done: number; total: number; result: ResultView }
  | { type: "done"; summary: SummaryView }
  | { type: "error"; error: string };

export function toResultView(result: ItemResult): ResultView {
  if (result.status === "failed") {
    return {
      label: result.label,
      status: "failed",
      articleId: null,
      title: null,
      claimCount: null,
      error: result.error,
      removed: [],
      claims: null,
    };
  }
  return {
    label: result.label,
    status: result.status,
    articleId: result.articleId,
    title: result.title,
    claimCount: result.claimCount,
    error: null,
    removed: result.removed.map((r) => ({ rule: r.rule, text: r.text })),
    claims: result.status === "updated" ? result.claims : null,
  };
}

export function toSummaryView(summary: ImportSummary): SummaryView {
  const { results, ...counts } = summary;
  return { ...counts, total: results.length };
}
