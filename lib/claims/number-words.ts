import * as textScanModule from "./text-scan";
import { WordTable } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { isAsciiLetter, letterRunEnd } = textScanModule;

/** Spelled-out numbers: "Seventy-nine", "five million", "a third", "two-thirds", "half a million", "a dozen". */

/** Lookup tables read in place (no slice per word); a text word such as "constructor" finds nothing. */
export function table<T>(entries: Record<string, T>): WordTable<T> {
  return new WordTable(Object.entries(entries));
}

const SMALL = table<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = table<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
export const SCALE_VALUES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
export const SCALE_WORDS = table<number>(SCALE_VALUES);
/** Denominators. Singular ordinals count only after "a"/"one" ("a third"), never alone ("the third day"). */
const DENOMINATORS = table<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** "a third", "two-thirds": a share, not a count. */
  isFraction: boolean;
  /** The number is a lone "one" or "a": often a pronoun or article, so callers want more evidence. */
  isBareOne: boolean;
  wordCount: number;
}

export function isNumberWord(word: string): boolean {
  return (
    SMALL.has(word) ||
    TENS.has(word) ||
    SCALE_WORDS.has(word) ||
    word === "hundred" ||
    word === "dozen"
  );
}

export function denominatorOf(word: string): number | undefined {
  return DENOMINATORS.get(word);
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Reads the next word joined by one space or hyphen; `and` only when a number word follows it. */
function nextWord(lower: string, at: number): Word | null {
  // One separator: spaces (any number, as typed), a hyphen, or a spaced hyphen ("fifty - two").
  let start = at;
  while (lower.charCodeAt(start) === 32 && start - at < 4) start++;
  if (lower.charCodeAt(start) === 45) {
    start++;
    while (lower.charCodeAt(start) === 32 && start - at < 6) start++;
  }
  if (start === at) return null;
  if (!isAsciiLetter(lower.charCodeAt(start))) return null;
  const end = letterRunEnd(lower, start);
  return { word: lower.slice(start, end), start, end };
}

/**
 * Parses a spelled-out number starting at `start` (lower-cased text). The first word may be
 * "a"/"an" only when a scale, "dozen" or a fraction follows ("a million", "a third").
 */
export function readWordNumber(lower: string, start: number): WordNumber | null {
  let end = letterRunEnd(lower, start);
  let word = lower.slice(start, end);
  let total = 0;
  let current = 0;
  let seen = false;
  let lastEnd = end;
  let words = 0;
  let lastKind: "small" | "tens" | "hundred" | "scale" | "none" = "none";
  let lastScale = 1;
  let andFraction: { value: number; end: number } | null = null;

  if (word === "a" || word === "an") {
    const next = nextWord(lower, end);
    if (
      !next ||
      !(
        SCALE_WORDS.has(next.word) ||
        next.word === "hundred" ||
        next.word === "dozen" ||
        DENOMINATORS.has(next.word)
      )
    )
      return null;
    if (DENOMINATORS.has(next.word) && next.word.endsWith("s")) return null;
    current = 1;
    seen = true;
    words = 1;
    lastKind = "small";
    word = next.word;
    end = next.end;
    if (DENOMINATORS.has(next.word)) {
      // "a quarter million" is 250,000; "a quarter" alone is a share.
      const scale = nextWord(lower, next.end);
      if (scale && SCALE_WORDS.has(scale.word)) {
        return {
          start,
          end: scale.end,
          value: SCALE_WORDS.get(scale.word)! / DENOMINATORS.get(next.word)!,
          isFraction: false,
          isBareOne: false,
          wordCount: 3,
        };
      }
      return {
        start,
        end,
        value: 1 / DENOMINATORS.get(next.word)!,
        isFraction: true,
        isBareOne: false,
        wordCount: 2,
      };
    }
  }
  if (word === "half") return readHalf(lower, start, end);

  for (;;) {
    if (
      SMALL.has(word) &&
      (lastKind === "none" || lastKind === "tens" || lastKind === "hundred" || lastKind === "scale")
    ) {
      if (lastKind === "tens" && SMALL.get(word)! >= 10) break;
      current += SMALL.get(word)!;
      lastKind = "small";
    } else if (
      TENS.has(word) &&
      (lastKind === "none" || lastKind === "hundred" || lastKind === "scale")
    ) {
      current += TENS.get(word)!;
      lastKind = "tens";
    } else if (word === "hundred" && seen && current > 0 && current < 100) {
      current *= 100;
      lastKind = "hundred";
    } else if (
      (word === "dozen" || word === "dozens") &&
      seen &&
      (word === "dozen" || current > 1)
    ) {
      current = (current || 1) * 12;
      lastKind = "scale";
    } else if (SCALE_WORDS.has(word) && seen) {
      lastScale = SCALE_WORDS.get(word)!;
      total += (current || 1) * lastScale;
      current = 0;
      lastKind = "scale";
    } else if (DENOMINATORS.has(word) && seen && lastKind === "small" && total === 0) {
      // "two-thirds", "one fifth", "three quarters": the numerator must be a plain small number.
      if (current === 1 ? word.endsWith("s") : !word.endsWith("s") && word !== "half") break;
      return {
        start,
        end,
        value: current / DENOMINATORS.get(word)!,
        isFraction: true,
        isBareOne: false,
        wordCount: words + 1,
      };
    } else if (word === "and" && seen && (andFraction = readAndFraction(lower, lastEnd))) {
      // "five and a half (million)", "one hundred and three quarters", "one million and a half".
      const fraction = andFraction.value;
      let fractionEnd = andFraction.end;
      let value: number;
      if (lastKind === "scale") {
        value = total + fraction * lastScale;
      } else {
        value = total + current + fraction;
        const scale = nextWord(lower, fractionEnd);
        if (scale && SCALE_WORDS.has(scale.word) && total === 0) {
          value *= SCALE_WORDS.get(scale.word)!;
          fractionEnd = scale.end;
        }
      }
      return {
        start,
        end: fractionEnd,
        value,
        isFraction: false,
        isBareOne: false,
        wordCount: words + 3,
      };
    } else if (word === "and" && (lastKind === "hundred" || lastKind === "scale")) {
      const next = nextWord(lower, end);
      if (!next || !(SMALL.has(next.word) || TENS.has(next.word))) break;
      word = next.word;
      end = next.end;
      continue;
    } else {
      break;
    }
    seen = true;
    words++;
    lastEnd = end;
    const next = nextWord(lower, end);
    if (!next) break;
    word = next.word;
    end = next.end;
  }
  if (!seen) return null;
  const value = total + current;
  const isBareOne = words === 1 && value === 1;
  return { start, end: lastEnd, value, isFraction: false, isBareOne, wordCount: words };
}

/** "half a million" is 500,000; "half of"/"half the" is a share; other halves ("first half") are not numbers. */
function readHalf(lower: string, start: number, end: number): WordNumber | null {
  const next = nextWord(lower, end);
  if (next && (next.word === "a" || next.word === "an")) {
    const scale = nextWord(lower, next.end);
    if (
      scale &&
      (SCALE_WORDS.has(scale.word) || scale.word === "dozen" || scale.word === "hundred")
    ) {
      const size =
        scale.word === "dozen" ? 12 : scale.word === "hundred" ? 100 : SCALE_WORDS.get(scale.word)!;
      return {
        start,
        end: scale.end,
        value: size / 2,
        isFraction: false,
        isBareOne: false,
        wordCount: 3,
      };
    }
    return null;
  }
  if (
    next &&
    (next.word === "of" ||
      next.word === "the" ||
      next.word === "its" ||
      next.word === "their" ||
      next.word === "all")
  ) {
    return { start, end, value: 0.5, isFraction: true, isBareOne: false, wordCount: 1 };
  }
  if (next && SCALE_WORDS.has(next.word)) {
    return {
      start,
      end: next.end,
      value: SCALE_WORDS.get(next.word)! / 2,
      isFraction: false,
      isBareOne: false,
      wordCount: 2,
    };
  }
  return null;
}

/** "quarter million": a bare fraction word is a number only when a scale follows it. */
export function readBareFractionScale(
  lower: string,
  start: number,
  end: number,
  word: string,
): WordNumber | null {
  const denominator = DENOMINATORS.get(word);
  if (denominator === undefined || word.endsWith("s")) return null;
  const scale = nextWord(lower, end);
  if (!scale || !SCALE_WORDS.has(scale.word)) return null;
  return {
    start,
    end: scale.end,
    value: SCALE_WORDS.get(scale.word)! / denominator,
    isFraction: false,
    isBareOne: false,
    wordCount: 2,
  };
}

const AND_FRACTION =
  /[ \u00a0]+and[ \u00a0]+(?:(?:a|an|one)[ \u00a0-]+(half|third|quarter|fifth)|(two|three|four)[ \u00a0-]+(thirds|quarters|fifths))\b/y;

/** " and a half", " and three quarters" right after a number ending at `at`. */
export function readAndFraction(lower: string, at: number): { value: number; end: number } | null {
  AND_FRACTION.lastIndex = at;
  const match = AND_FRACTION.exec(lower);
  if (!match) return null;
  const numerator = match[2] ? SMALL.get(match[2])! : 1;
  return { value: numerator / DENOMINATORS.get(match[1] ?? match[3]!)!, end: at + match[0].length };
}
