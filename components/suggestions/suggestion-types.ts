export type { SuggestionView as SuggestionItem } from "@/lib/suggest/types";

export const RELATION_LABELS: Record<string, string> = {
  same_figure: "same figure",
  updates: "updates",
  contradicts: "contradicts",
  part_of: "part of",
  duplicate: "duplicate",
};
