import { readNumberCore } from "@/lib/claims/number-core";

/**
 * The number a search box holds when it holds only a number ("841", "1,114", "2.5 million", "12%"),
 * read by the detector's own number reader so a figure typed as the article wrote it finds its claims.
 * Anything else ("Mosul 841", "abc") is words, not a figure.
 */
export function readSearchFigure(input: string): number | undefined {
  const text = input.trim();
  if (text === "" || text.length > 40) return undefined;
  const core = readNumberCore(text, text.toLowerCase(), 0);
  if (!core || core.range || core.multiple) return undefined;
  const rest = text.slice(core.end).trim();
  return rest === "" || rest === "%" ? core.value : undefined;
}
