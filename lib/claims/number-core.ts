import { denominatorOf, readWordNumber, SCALE_WORDS } from "./number-words";
import { readNumeral } from "./numeral";
import { isDigit, wordBefore } from "./text-scan";

/** The numeric core of a claim, in digits or in words, found at a candidate position. */
export interface NumberCore {
  start: number;
  end: number;
  /** End of the digits proper (equals `end` for words). */
  digitsEnd: number;
  value: number;
  isWords: boolean;
  isPlain: boolean;
  digitCount: number;
  hasLeadingZero: boolean;
  hasScale: boolean;
  isFraction: boolean;
  isBareOne: boolean;
  wordCount: number;
}

/**
 * Scale and fraction words are candidates only after "a"/"an" ("a million", "a third");
 * after a number they were already read with it, and alone ("the third day") they are not numbers.
 */
export function readNumberCore(text: string, lower: string, at: number): NumberCore | null {
  if (isDigit(lower.charCodeAt(at))) {
    const numeral = readNumeral(text, lower, at);
    if (!numeral) return null;
    // Spelled out field by field: object spread is compiled to a slow helper on this hot path.
    return {
      start: numeral.start, end: numeral.end, digitsEnd: numeral.digitsEnd, value: numeral.value, isWords: false,
      isPlain: numeral.isPlain, digitCount: numeral.digitCount, hasLeadingZero: numeral.hasLeadingZero,
      hasScale: numeral.hasScale, isFraction: numeral.isFraction, isBareOne: false, wordCount: 0,
    };
  }
  let start = at;
  const word = lower.slice(at, lowerWordEnd(lower, at));
  if (word in SCALE_WORDS || word === "hundred" || word === "dozen" || (denominatorOf(word) !== undefined && word !== "half")) {
    const before = wordBefore(lower, at);
    if (before.word !== "a" && before.word !== "an") return null;
    if (at - before.start - before.word.length !== 1) return null;
    start = before.start;
  }
  const words = readWordNumber(lower, start);
  if (!words) return null;
  return {
    start: words.start, end: words.end, digitsEnd: words.end, value: words.value, isWords: true,
    isPlain: false, digitCount: 0, hasLeadingZero: false, hasScale: false, isFraction: words.isFraction,
    isBareOne: words.isBareOne, wordCount: words.wordCount,
  };
}

function lowerWordEnd(lower: string, at: number): number {
  let end = at;
  while (end < lower.length) {
    const code = lower.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end++;
  }
  return end;
}
