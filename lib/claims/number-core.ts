import * as numberWordsModule from "./number-words";
import type { WordNumber } from "./number-words";
import * as numeralModule from "./numeral";
import * as textScanModule from "./text-scan";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { denominatorOf, readBareFractionScale, readWordNumber, SCALE_WORDS } = numberWordsModule;
const { readNumeral, vulgarFraction } = numeralModule;
const { isDigit, wordBefore } = textScanModule;

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
  const first = lower.charCodeAt(at);
  if (isDigit(first)) return readNumeral(text, lower, at);
  if (first >= 0xbc && first < 0x2200) {
    const fraction = vulgarFraction(first);
    if (fraction === undefined) return null;
    return {
      start: at,
      end: at + 1,
      digitsEnd: at + 1,
      value: fraction,
      isWords: false,
      isPlain: false,
      digitCount: 1,
      hasLeadingZero: false,
      hasScale: false,
      isFraction: true,
      isBareOne: false,
      wordCount: 0,
    };
  }
  let start = at;
  const word = lower.slice(at, lowerWordEnd(lower, at));
  if (
    word in SCALE_WORDS ||
    word === "hundred" ||
    word === "dozen" ||
    (denominatorOf(word) !== undefined && word !== "half")
  ) {
    const before = wordBefore(lower, at);
    if (before.word !== "a" && before.word !== "an") {
      const bare = readBareFractionScale(lower, at, at + word.length, word);
      return bare ? wordCore(bare) : null;
    }
    if (at - before.start - before.word.length !== 1) return null;
    start = before.start;
  }
  const words = readWordNumber(lower, start);
  return words ? wordCore(words) : null;
}

function wordCore(words: WordNumber): NumberCore {
  return {
    start: words.start,
    end: words.end,
    digitsEnd: words.end,
    value: words.value,
    isWords: true,
    isPlain: false,
    digitCount: 0,
    hasLeadingZero: false,
    hasScale: false,
    isFraction: words.isFraction,
    isBareOne: words.isBareOne,
    wordCount: words.wordCount,
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
