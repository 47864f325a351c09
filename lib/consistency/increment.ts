import { formatNumber } from "@/lib/format";

/** "some 54 civilians … The newly-released figure brings to 173 the number of civilians": a new total
 * stated beside the increment that produced it. */
const BRINGS_TO =
  /\b(?:brings?|brought|bringing|raises?|raised|raising|takes?|took|taking|pushes|pushed)\s+(?:the\s+(?:total|toll|number|tally|count)\s+)?(?:to|up to)\s+$/i;

export interface IncrementClaim {
  id: number;
  value: number;
  qualifier: string;
  counted: string | null;
  sentenceStart: number;
  /** The text of the sentence up to the number. */
  beforeNumber: string;
}

export interface IncrementCheck {
  totalId: number;
  incrementId: number;
  total: number;
  increment: number;
  /** The total before the increment, if a linked earlier claim states it. */
  previous: { claimId: number; value: number } | null;
  matches: boolean | null;
  text: string;
}

/** Finds "brings to N" totals and the increment stated just before them (same or previous sentence). */
export function findIncrements(
  claims: IncrementClaim[],
): { totalId: number; incrementId: number }[] {
  const out: { totalId: number; incrementId: number }[] = [];
  const ordered = [...claims].sort((a, b) => a.sentenceStart - b.sentenceStart);
  ordered.forEach((total, index) => {
    if (!BRINGS_TO.test(total.beforeNumber)) return;
    const earlier = ordered
      .slice(0, index)
      .reverse()
      .find(
        (c) =>
          c.value < total.value && c.sentenceStart <= total.sentenceStart && c.counted !== null,
      );
    if (earlier) out.push({ totalId: total.id, incrementId: earlier.id });
  });
  return out;
}

/** What can be said about an increment: checked against a known previous total, or only the implied one. */
export function describeIncrement(
  total: number,
  increment: number,
  previous: { claimId: number; value: number } | null,
): { matches: boolean | null; text: string } {
  const implied = total - increment;
  if (!previous) {
    return {
      matches: null,
      text: `${formatNumber(increment)} more brings the total to ${formatNumber(total)}: the previous total would be ${formatNumber(implied)}, which no linked claim states yet.`,
    };
  }
  const matches = previous.value + increment === total;
  return {
    matches,
    text: matches
      ? `${formatNumber(previous.value)} + ${formatNumber(increment)} = ${formatNumber(total)} ✓`
      : `${formatNumber(previous.value)} + ${formatNumber(increment)} = ${formatNumber(previous.value + increment)}, not ${formatNumber(total)} ✗`,
  };
}
