import { readQuantity } from "./quantity";

/**
 * Whether another figure in a claim's sentence narrows what it counts ("300 civilians … in 11 attacks",
 * "617 women … 861 children": a breakdown or a subset, not the headline quantity). Figures that sit
 * beside it without narrowing it do not count: a year or a day of the month, the earlier or compared
 * value ("up from 5.8%", "fewer than the 52,000"), the parts it introduces ("17 died, including 6
 * children and 11 adults") and a figure of another quantity ("150 bodies … and 31 people remain
 * missing"). Linear: one pass over the sentence's numerals, each read a few words either side.
 */
const YEAR = /^(?:19|20)\d\d$/;
const MONTHS =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const DAY_OF_MONTH = new RegExp(
  `\\b(?:${MONTHS})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:${MONTHS})\\b`,
  "g",
);
const NUMERAL = /\d[\d,.]*\d|\d/g;
/** Words just before a figure that make it the compared or earlier value. */
const COMPARED_BEFORE =
  /\b(?:from|than|versus|vs\.?|above|below|against)\s(?:the\s|some\s|about\s|around\s)?[^\d\s]{0,3}$/i;
/** Words between the claim's figure and a later one that introduce that one as its part. */
const PART_CUE = /\b(?:including|among them|among whom|of whom|of which|of them|of those)\b/i;

export function isNarrowed(
  sentence: string,
  numberEnd: number,
  ownConcept: string | null,
): boolean {
  const ownNumeral = /\d[\d,.]*$/.exec(sentence.slice(0, numberEnd))?.[0];
  const ownStart = numberEnd - (ownNumeral?.length ?? 0);
  // Days of the month are blanked out (same length, so positions hold).
  const text = sentence.replace(DAY_OF_MONTH, (m) => " ".repeat(m.length));
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === ownStart || YEAR.test(m[0])) continue;
    // A numeral inside a word or a longer figure ("COVID-19", "4.5%" read from its end) is not its own.
    if (start > 0 && /[A-Za-z\d]/.test(sentence[start - 1]!)) continue;
    if (COMPARED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
    if (start > numberEnd && PART_CUE.test(sentence.slice(numberEnd, start))) continue;
    const other = readQuantity(sentence, end, null);
    if (ownConcept && other.concept && other.concept !== ownConcept) continue;
    return true;
  }
  return false;
}
