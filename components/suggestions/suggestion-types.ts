/** A suggested link as the browser gets it (plain data; see db/queries/suggestions.ts). */
export interface SuggestionItem {
  id: number;
  claimId: number;
  relation: string;
  score: number;
  reason: string;
  candidateId: number;
  candidateQuote: string;
  candidateValue: number | null;
  candidateArticleId: number;
  candidateArticleTitle: string;
  candidateOutlet: string | null;
  candidatePublishedAt: string | null;
}

export const RELATION_LABELS: Record<string, string> = {
  same_figure: "same figure",
  updates: "updates",
  contradicts: "contradicts",
  part_of: "part of",
  duplicate: "duplicate",
};
