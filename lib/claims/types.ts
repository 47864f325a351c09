/** What a number measures. `money` always carries a currency code. */
/** Which way the sentence says the figure moved. */
export const CHANGES = ["up", "down"] as const;
export type Change = (typeof CHANGES)[number];

export type ClaimKind = "count" | "percent" | "money" | "ratio" | "duration" | "measure";

export const QUALIFIERS = [
  "exact",
  "at_least",
  "more_than",
  "at_most",
  "less_than",
  "approximately",
  "up_to",
  "range",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIM_KINDS = ["count", "percent", "money", "ratio", "duration", "measure"] as const;

/** One numeric claim found in a text. Offsets are UTF-16 code units, end exclusive. */
export interface DetectedClaim {
  /** The highlighted span: qualifier + number + unit + the thing counted. */
  start: number;
  end: number;
  /** The numeric core inside the span ("1,370" in "at least 1,370 civilians"). */
  numberStart: number;
  numberEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** text.slice(start, end) */
  quote: string;
  value: number;
  /** Set for ranges ("between 200 and 300"); null otherwise. */
  low: number | null;
  high: number | null;
  kind: ClaimKind;
  /** "%", "percentage points", "km", "years", …; null for a plain count. */
  unit: string | null;
  /** ISO 4217 code for money ("USD", "GBP", "EUR"); null otherwise. */
  currency: string | null;
  /** What is counted or measured ("civilians", "of the area", "budget"). */
  counted: string | null;
  /**
   * What the figure counts, read from its phrase: the counted words reduced to their noun ("of the
   * area" → area) or, when none follow the figure, the subject its clause gives it ("the death toll
   * has risen to 90" → deaths; "the number of people injured … stood at 75" → people injured).
   */
  subject: string | null;
  qualifier: Qualifier;
  /** "rose 4.1%", "fell to 2.9%": the figure is presented as a movement up or down; null for a level. */
  change: Change | null;
  /** The starting level the sentence gives ("from 3.1 per cent to 2.9 per cent" → 3.1), else null. */
  from: number | null;
  /** The time scope the sentence gives, if any ("since the start of Operation Inherent Resolve"). */
  period: string | null;
}
