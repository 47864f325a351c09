import type { NumberCore } from "./number-core";
import * as digitsModule from "./digits";
import * as numberWordsModule from "./number-words";
import * as textScanModule from "./text-scan";
import { wordSetOf } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { digits, readDigits } = digitsModule;
const { readAndFraction, SCALE_VALUES, table } = numberWordsModule;
const { isAsciiLetter, isDigit, letterRunEnd, skipSpaces, wordAfter } = textScanModule;

/** Digit numbers: "1,370", "7.7", "4.2bn", "5.6 million", "2 1/2", "2.33 k", "2½". Read with charCodeAt: no match arrays. */

/** The older name: exclusions take the numeric core of a digit number. */
export type Numeral = NumberCore;

const SUFFIX_SCALES = table<number>({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
});
/** Scale words written after a space: "5.6 million", "3 dozen", "10 bn". */
const SPACED_SCALES = table<number>({
  ...SCALE_VALUES,
  hundred: 100,
  dozen: 12,
  dozens: 12,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
});
/** Fractions that news writes with a slash: small denominators, or ones too big for a day or month ("1/40"), so "9/11" never parses. */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10]);
/** "½", "2¾": vulgar fraction characters. */
const VULGAR: Record<number, number> = {
  0xbd: 1 / 2,
  0xbc: 1 / 4,
  0xbe: 3 / 4,
  0x2153: 1 / 3,
  0x2154: 2 / 3,
  0x2155: 1 / 5,
  0x2156: 2 / 5,
  0x2157: 3 / 5,
  0x2158: 4 / 5,
  0x2159: 1 / 6,
  0x215a: 5 / 6,
  0x215b: 1 / 8,
  0x215c: 3 / 8,
  0x215d: 5 / 8,
  0x215e: 7 / 8,
};
const SCIENTIFIC = /[×x][ ]?10(?:\^|\*\*)?([−–+-]?\d{1,2})(?!\d|\.\d)/y;

export function vulgarFraction(code: number): number | undefined {
  return code >= 0xbc ? VULGAR[code] : undefined;
}

function core(
  start: number,
  end: number,
  digitsEnd: number,
  value: number,
  isPlain: boolean,
  digitCount: number,
  hasLeadingZero: boolean,
  hasScale: boolean,
  isFraction: boolean,
): NumberCore {
  return {
    start,
    end,
    digitsEnd,
    value,
    isWords: false,
    isPlain,
    digitCount,
    hasLeadingZero,
    hasScale,
    isFraction,
    isBareOne: false,
    wordCount: 0,
    range: undefined,
    multiple: undefined,
  };
}

export function readNumeral(text: string, lower: string, start: number): NumberCore | null {
  let digitsEnd = readDigits(text, start);
  if (digitsEnd === start) return null;
  let value = digits.value;
  const digitCount = digits.count;
  const isPlain = !digits.hasComma && !digits.hasDot;
  const hasLeadingZero =
    digitsEnd - start > 1 && text.charCodeAt(start) === 48 && text.charCodeAt(start + 1) !== 46;
  let end = digitsEnd;
  let hasScale = false;
  let isFraction = false;

  const afterCode = lower.charCodeAt(end);
  if (isAsciiLetter(afterCode)) {
    const suffixEnd = letterRunEnd(lower, end);
    const scale = suffixEnd - end <= 3 ? SUFFIX_SCALES.get(lower, end, suffixEnd) : undefined;
    if (scale === 1e6 && suffixEnd === end + 1 && isMetres(text, lower, start, suffixEnd)) {
      // "the 100m in 9.58 seconds": metres, left to the unit reader.
    } else if (scale !== undefined) {
      value *= scale;
      end = suffixEnd;
      hasScale = true;
    } else if (
      text.charCodeAt(end) === 84 &&
      suffixEnd === end + 1 &&
      isCurrencySymbol(text.charCodeAt(start - 1))
    ) {
      value *= 1e12; // "$2.174T"
      end = suffixEnd;
      hasScale = true;
    }
  } else if (afterCode === 47 && isPlain) {
    const fraction = readSlashFraction(text, digitsEnd + 1, value);
    if (fraction >= 0) {
      value = fraction;
      end = digitsEnd = slashEnd;
      isFraction = true;
    }
  } else if (afterCode >= 0xbc && isPlain && vulgarFraction(afterCode) !== undefined) {
    value += vulgarFraction(afterCode)!;
    end = digitsEnd = end + 1;
    isFraction = true;
  } else if (afterCode === 32 && isPlain) {
    const next = lower.charCodeAt(end + 1);
    if (isDigit(next)) {
      // "2 1/2": a whole number followed by a slash fraction.
      const numeratorEnd = readDigits(text, end + 1);
      if (text.charCodeAt(numeratorEnd) === 47 && !digits.hasComma && !digits.hasDot) {
        const fraction = readSlashFraction(text, numeratorEnd + 1, digits.value);
        if (fraction >= 0 && fraction < 1) {
          value += fraction;
          end = digitsEnd = slashEnd;
          isFraction = true;
        }
      }
    } else if (
      next === 107 &&
      !isAsciiLetter(lower.charCodeAt(end + 2)) &&
      !isDigit(lower.charCodeAt(end + 2))
    ) {
      // "2.33 k": a spaced thousands suffix.
      value *= 1e3;
      end += 2;
      hasScale = true;
    }
  } else if (
    afterCode === 32 &&
    !isPlain &&
    lower.charCodeAt(end + 1) === 107 &&
    !isAsciiLetter(lower.charCodeAt(end + 2)) &&
    !isDigit(lower.charCodeAt(end + 2))
  ) {
    value *= 1e3;
    end += 2;
    hasScale = true;
  }
  if (!hasScale && !isFraction) {
    const wordStart = skipSpaces(lower, end);
    const initial = lower.charCodeAt(wordStart);
    // Every spaced scale starts with t, m, b, h or d: test the initial before slicing.
    if (
      wordStart > end &&
      (initial === 116 || initial === 109 || initial === 98 || initial === 104 || initial === 100)
    ) {
      const wordEnd = letterRunEnd(lower, wordStart);
      if (wordEnd - wordStart >= 2 && wordEnd - wordStart <= 8) {
        const scale = SPACED_SCALES.get(lower, wordStart, wordEnd);
        if (scale !== undefined) {
          value *= scale;
          end = wordEnd;
          hasScale = true;
        }
      }
    }
  }
  if (afterCode === 0xd7 || (afterCode === 120 && text.charCodeAt(end + 1) === 49)) {
    // "2.48×10−5", "6 x 10^9": scientific notation.
    SCIENTIFIC.lastIndex = end;
    const match = SCIENTIFIC.exec(text);
    if (match) {
      const exponent = Number(match[1]!.replace(/[−–]/, "-").replace("+", ""));
      value = exponent < 0 ? value / 10 ** -exponent : value * 10 ** exponent;
      end = digitsEnd = end + match[0].length;
      hasScale = true;
    }
  }
  let hasAndFraction = false;
  if (!isFraction && lower.charCodeAt(end) === 32) {
    // "2 and a half", "3 million and a half": the fraction scales with the last scale read.
    const fraction = readAndFraction(lower, end);
    if (fraction) {
      value += fraction.value * (hasScale ? value / digitsValueOf(text, start, digitsEnd) : 1);
      end = fraction.end;
      hasAndFraction = true;
    }
  }
  return core(
    start,
    end,
    digitsEnd,
    value,
    isPlain && !hasScale && !isFraction && !hasAndFraction,
    digitCount,
    hasLeadingZero,
    hasScale,
    isFraction,
  );
}

/** The value of the digits alone (before any scale), read again: only needed on the rare "and a half" path. */
function digitsValueOf(text: string, start: number, digitsEnd: number): number {
  readDigits(text, start);
  return digits.value === 0 || digitsEnd === start ? 1 : digits.value;
}

/** After a race, a height or nothing at all, and with no currency, a glued "m" is metres, not millions. */
const METRE_CONTEXT = wordSetOf(
  "sprint race hurdles freestyle butterfly backstroke breaststroke relay dash final heat fall drop high tall long deep wide".split(
    " ",
  ),
);

function isMetres(text: string, lower: string, start: number, end: number): boolean {
  // A capital M ("10M") is millions; metres are written lower-case.
  if (text.charCodeAt(end - 1) === 77) return false;
  const before = text.charCodeAt(start - 1);
  if (
    isCurrencySymbol(before) ||
    (before >= 65 && before <= 90) ||
    (before === 32 && isCurrencySymbol(text.charCodeAt(start - 2)))
  )
    return false;
  const next = wordAfter(lower, end).word;
  return (
    next === "" ||
    METRE_CONTEXT.has(next) ||
    next === "in" ||
    next === "on" ||
    next === "at" ||
    next === "and" ||
    next === "of"
  );
}

function isCurrencySymbol(code: number): boolean {
  return code === 36 || code === 163 || code === 8364;
}

let slashEnd = 0;

/** The fraction's value (and its end in `slashEnd`), or -1. */
function readSlashFraction(text: string, at: number, numerator: number): number {
  const end = readDigits(text, at);
  if (end === at || digits.hasComma || digits.hasDot) return -1;
  const denominator = digits.value;
  const fitsNews =
    SLASH_DENOMINATORS.has(denominator) ||
    (denominator > 31 && denominator <= 1000 && numerator === 1);
  if (!fitsNews || numerator <= 0 || numerator >= denominator) return -1;
  if (text.charCodeAt(end) === 47) return -1;
  slashEnd = end;
  return numerator / denominator;
}
