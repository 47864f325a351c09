import { SCALE_WORDS } from "./number-words";
import { isAsciiLetter, isDigit, letterRunEnd, skipSpaces } from "./text-scan";

/** Digit numbers: "1,370", "7.7", "4.2bn", "5.6 million", "2 1/2". */

export interface Numeral {
  start: number;
  /** End of the digits (and any scale) making up the number. */
  end: number;
  /** End of the digits alone, before any suffix or scale word. */
  digitsEnd: number;
  value: number;
  /** Plain digits with no separator, decimal point or scale: the shape of years and IDs. */
  isPlain: boolean;
  digitCount: number;
  hasLeadingZero: boolean;
  hasScale: boolean;
  isFraction: boolean;
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SUFFIX_SCALES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12,
};
/** Fractions that news writes with a slash: small denominators only, so "0/7980" or "9/11" never parse. */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10]);

export function readNumeral(text: string, lower: string, start: number): Numeral | null {
  DIGITS.lastIndex = start;
  const match = DIGITS.exec(text);
  if (!match) return null;
  const raw = match[0];
  let digitsEnd = start + raw.length;
  const hasComma = raw.includes(",");
  let value = Number(hasComma ? raw.replace(/,/g, "") : raw);
  const hasDot = raw.includes(".");
  const isPlain = !hasComma && !hasDot;
  const hasLeadingZero = raw.length > 1 && raw.charCodeAt(0) === 48 && raw.charCodeAt(1) !== 46;
  let end = digitsEnd;
  let hasScale = false;
  let isFraction = false;

  const afterCode = lower.charCodeAt(end);
  if (isAsciiLetter(afterCode)) {
    const suffixEnd = letterRunEnd(lower, end);
    const scale = SUFFIX_SCALES[lower.slice(end, suffixEnd)];
    if (scale !== undefined) {
      value *= scale;
      end = suffixEnd;
      hasScale = true;
    }
  } else if (afterCode === 47 && isPlain) {
    const fraction = readSlashFraction(text, digitsEnd + 1, value);
    if (fraction) {
      value = fraction.value;
      end = digitsEnd = fraction.end;
      isFraction = true;
    }
  } else if (afterCode === 32 && isPlain && isDigit(lower.charCodeAt(end + 1))) {
    // "2 1/2": a whole number followed by a slash fraction.
    DIGITS.lastIndex = end + 1;
    const next = DIGITS.exec(text);
    if (next && text.charCodeAt(end + 1 + next[0].length) === 47) {
      const fraction = readSlashFraction(text, end + 2 + next[0].length, Number(next[0]));
      if (fraction && fraction.value < 1) {
        value += fraction.value;
        end = digitsEnd = fraction.end;
        isFraction = true;
      }
    }
  }
  const wordStart = hasScale || isFraction ? end : skipSpaces(lower, end);
  const initial = lower.charCodeAt(wordStart);
  // Only "thousand", "million", "billion", "trillion", "hundred", "dozen(s)" can follow: test the initial before slicing.
  if (wordStart > end && (initial === 116 || initial === 109 || initial === 98 || initial === 104 || initial === 100)) {
    const wordEnd = letterRunEnd(lower, wordStart);
    const word = lower.slice(wordStart, wordEnd);
    const scale = SCALE_WORDS[word] ?? (word === "hundred" ? 100 : word === "dozen" || word === "dozens" ? 12 : undefined);
    if (scale !== undefined) {
      value *= scale;
      end = wordEnd;
      hasScale = true;
    }
  }
  return {
    start, end, digitsEnd, value, isPlain: isPlain && !hasScale && !isFraction,
    digitCount: raw.length - (hasComma ? raw.split(",").length - 1 : 0) - (hasDot ? 1 : 0), hasLeadingZero, hasScale, isFraction,
  };
}

function readSlashFraction(text: string, at: number, numerator: number): { value: number; end: number } | null {
  DIGITS.lastIndex = at;
  const match = DIGITS.exec(text);
  if (!match) return null;
  const denominator = Number(match[0]);
  if (!SLASH_DENOMINATORS.has(denominator) || numerator <= 0 || numerator >= denominator) return null;
  const end = at + match[0].length;
  if (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 47) return null;
  return { value: numerator / denominator, end };
}
