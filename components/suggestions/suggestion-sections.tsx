import type { ReactNode } from "react";
import type { SuggestionView } from "@/db/queries/suggestions";
import { SuggestionList } from "./suggestion-list";

/** The claim panel's suggestion section for every claim of the article, keyed by claim id (the
 * workspace's `extraSections` slot). One row per candidate figure: repeats of a figure in its article
 * (headline, lead, quote) show once, with the best score. */
export function suggestionSections(
  claimIds: number[],
  suggestions: SuggestionView[],
): Record<number, ReactNode> {
  const byClaim = new Map<number, SuggestionView[]>();
  const seen = new Set<string>();
  for (const s of [...suggestions].sort((a, b) => b.score - a.score)) {
    const key = `${s.claimId}:${s.candidateArticleId}:${s.candidateValue}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byClaim.set(s.claimId, [...(byClaim.get(s.claimId) ?? []), s]);
  }
  return Object.fromEntries(
    claimIds.map((id) => [
      id,
      <SuggestionList key={id} claimId={id} suggestions={byClaim.get(id) ?? []} />,
    ]),
  );
}
