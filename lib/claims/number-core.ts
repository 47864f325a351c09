import * as numberWordsModule from "./number-words";
import type { WordNumber } from "./number-words";
import * as numeralModule from "./numeral";
import * as textScanModule from "./text-scan";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { denominatorOf, isNumberWord, readBareFractionScale, readWordNumber, SCALE_WORDS, table } =
  numberWordsModule;
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
  /**
   * A vague magnitude read as a range ("tens of thousands" → 10,000–100,000). Every core is made with
   * this key and `multiple` present (undefined when unused), so all cores share one shape and the
   * detector's reads of them stay monomorphic.
   */
  range: { low: number; high: number } | undefined;
  /** A multiple ("tripled", "fourfold"), with the direction a verb of it carries. */
  multiple: { change: "up" | "down" | null } | undefined;
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
      range: undefined,
      multiple: undefined,
    };
  }
  let start = at;
  const word = lower.slice(at, lowerWordEnd(lower, at));
  const vague = readVagueOrMultiple(lower, at, word);
  if (vague !== undefined) return vague;
  if (
    SCALE_WORDS.has(word) ||
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
    range: undefined,
    multiple: undefined,
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

/** "tens of thousands": each plural magnitude, valued as one order of magnitude from its size. */
const PLURAL_MAGNITUDES = table<number>({
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
});
const MULTIPLES = table<[number, "up" | "down" | null]>({
  doubled: [2, "up"],
  tripled: [3, "up"],
  quadrupled: [4, "up"],
  halved: [0.5, "down"],
  twofold: [2, null],
  threefold: [3, null],
  fourfold: [4, null],
  fivefold: [5, null],
  sixfold: [6, null],
  sevenfold: [7, null],
  eightfold: [8, null],
  ninefold: [9, null],
  tenfold: [10, null],
  twentyfold: [20, null],
  hundredfold: [100, null],
});

/**
 * A vague magnitude or a multiple at `at`: a core, null when the word is not a number here
 * ("tens" without "of"; "5 millions" is read with its digits), undefined when the word is neither.
 */
function readVagueOrMultiple(
  lower: string,
  at: number,
  word: string,
): NumberCore | null | undefined {
  const multiple = MULTIPLES.get(word);
  if (multiple) {
    const core = wordCore({
      start: at,
      end: at + word.length,
      value: multiple[0],
      isFraction: false,
      isBareOne: false,
      wordCount: 1,
    });
    core.multiple = { change: multiple[1] };
    return core;
  }
  const size = PLURAL_MAGNITUDES.get(word);
  if (size === undefined) return undefined;
  // "5 millions", "two dozens": the digits or number word before carry the value.
  if (isDigit(lower.charCodeAt(at - 2)) || isNumberWord(wordBefore(lower, at).word)) return null;
  let end = at + word.length;
  let low = size;
  // "tens of thousands", "hundreds of millions": a second plural magnitude after "of" multiplies.
  if (lower.startsWith(" of ", end)) {
    const nextStart = end + 4;
    const next = lower.slice(nextStart, lowerWordEnd(lower, nextStart));
    const nextSize = PLURAL_MAGNITUDES.get(next);
    if (nextSize !== undefined && nextSize >= 1000) {
      low = size * nextSize;
      end = nextStart + next.length;
    }
  }
  if (word === "tens" && low === size) return null;
  const core = wordCore({
    start: at,
    end,
    value: low,
    isFraction: false,
    isBareOne: false,
    wordCount: 2,
  });
  core.range = { low, high: low * 10 };
  return core;
}
