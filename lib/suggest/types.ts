import type { ClaimDate } from "./claim-date";

/** What the scorer needs to know about one claim, as loaded by db/queries/suggestions.ts. */
export interface MatchClaim {
  id: number;
  articleId: number;
  value: number;
  kind: string;
  unit: string | null;
  counted: string | null;
  qualifier: string;
  period: string | null;
  /** The claim's sentence, and where its number ends inside it. */
  sentence: string;
  /** Up to 300 characters before the sentence, for "this number was …" that points back. */
  before: string;
  /** The article's title, whose places stand in when the sentence names none. */
  title: string;
  numberEndInSentence: number;
  outlet: string | null;
  date: ClaimDate;
  /** Stored readings (claims.quantity, quantity_who, said_by), when the query loaded them; computed
   * from the sentence otherwise. */
  quantity?: string | null;
  quantityWho?: string | null;
  saidBy?: string | null;
  /** Stored scope (claims.scope, see scope.ts scopeKey), read with the article's restatements. */
  scope?: string | null;
}

export type SuggestedRelation = "same_figure" | "updates" | "contradicts" | "part_of";

export interface ScoredPair {
  claimId: number;
  candidateId: number;
  relation: SuggestedRelation;
  score: number;
  reason: string;
}

/** A suggested link as the page shows it: one shape for the query and the client list. */
export interface SuggestionView {
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
