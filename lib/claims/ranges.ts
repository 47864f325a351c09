import * as numberCoreModule from "./number-core";
import type { NumberCore } from "./number-core";
import * as textScanModule from "./text-scan";
import { wordSetOf } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { readNumberCore } = numberCoreModule;
const { isDigit, wordBefore } = textScanModule;

/** Two numbers read as one claim: ranges ("between 200 and 300", "10-15") and ratios ("one in five"). */

/** Blanks read around a joiner: news never spaces more than this, and a bound keeps every read constant-time. */
const MAX_BLANKS = 8;

interface Joiner {
  /** Characters from the end of the first number to the start of the second. */
  length: number;
  dash: boolean;
  word: "to" | "and" | "or" | null;
  spaced: boolean;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0;
}

function skipBlanks(lower: string, at: number): number {
  let i = at;
  while (i - at < MAX_BLANKS && isBlank(lower.charCodeAt(i))) i++;
  return i;
}

/** "to", "and" or "or" as a whole word at `at`. */
function joinWordAt(lower: string, at: number): "to" | "and" | "or" | null {
  const word = lower.startsWith("to", at)
    ? "to"
    : lower.startsWith("and", at)
      ? "and"
      : lower.startsWith("or", at)
        ? "or"
        : null;
  if (!word) return null;
  const next = lower.charCodeAt(at + word.length);
  return (next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 95 ? null : word;
}

/**
 * "10-15", "5 to 8", "between 2 and 3", and the suspended hyphen of "8- to 16-metre", read by hand
 * in one forward pass (the regex it replaces backtracked quadratically on long runs of blanks).
 */
function readJoiner(lower: string, at: number): Joiner | null {
  const i = skipBlanks(lower, at);
  const code = lower.charCodeAt(i);
  if (code === 45 || code === 0x2013 || code === 0x2014) {
    const afterDash = skipBlanks(lower, i + 1);
    const word = afterDash > i + 1 ? joinWordAt(lower, afterDash) : null;
    if (word === null || word === "or") {
      const end = skipBlanks(lower, i + 1);
      return { length: end - at, dash: true, word: null, spaced: end > i + 1 || i > at };
    }
    if (code !== 45) return null;
    const end = skipBlanks(lower, afterDash + word.length);
    return { length: end - at, dash: false, word, spaced: true };
  }
  const word = joinWordAt(lower, i);
  if (!word) return null;
  const end = skipBlanks(lower, i + word.length);
  return { length: end - at, dash: false, word, spaced: true };
}
/**
 * Where the second number of "one in five" / "3 out of 10" starts: blanks, "in" or "out of", blanks
 * after `at`; -1 when there is no such joiner. Read by hand: a sticky regex costs a call into the
 * regex engine for every figure, and almost every figure has no such joiner.
 */
function ratioJoinerEnd(lower: string, at: number): number {
  let i = at;
  while (isBlank(lower.charCodeAt(i))) i++;
  if (i === at) return -1;
  const word = lower.startsWith("in", i) ? 2 : lower.startsWith("out of", i) ? 6 : 0;
  if (word === 0) return -1;
  const wordEnd = i + word;
  let end = wordEnd;
  while (isBlank(lower.charCodeAt(end))) end++;
  return end === wordEnd ? -1 : end;
}
const CHANGE_VERBS = wordSetOf(
  (
    "rose risen rise rises rising fell fallen fall falls falling increased increase increases decreased decrease " +
    "grew grown grow dropped drop drops climbed climb jumped jump declined decline went go surged plunged slipped " +
    "edged cut raised reduced lowered up down soared tumbled slumped doubled changed shrank expanded moved revised"
  ).split(" "),
);

export interface SecondNumber {
  core: NumberCore;
  /** Where the second number's text ends, including a currency symbol before it. */
  end: number;
}

export type Pairing =
  | { type: "range"; low: number; high: number; end: number }
  | { type: "ratio"; value: number; end: number }
  /** "3-2": a score or a vote, not a quantity. Both numbers are dropped. */
  | { type: "score"; end: number }
  | null;

function readSecond(
  text: string,
  lower: string,
  at: number,
  firstHasCurrency: boolean,
): SecondNumber | null {
  let pos = at;
  const symbol = text.charCodeAt(pos);
  if (symbol === 36 || symbol === 163 || symbol === 8364) {
    // "up 12 per cent to $4.2 billion" is two figures, not a range.
    if (!firstHasCurrency) return null;
    pos++;
  }
  // "-18 °C to -34 °C": a sign glued to the second number.
  const sign = text.charCodeAt(pos);
  const negative = (sign === 45 || sign === 0x2212) && isDigit(text.charCodeAt(pos + 1));
  if (negative) pos++;
  const firstChar = lower.charCodeAt(pos);
  if (!isDigit(firstChar) && (firstChar < 97 || firstChar > 122)) return null;
  const core = readNumberCore(text, lower, pos);
  if (!core) return null;
  if (negative) core.value = -core.value;
  return { core, end: core.end };
}

/**
 * `prefixStart` is where the number (with any currency) starts, so the word before it can say
 * "between" (ranges with "and") or "from" after a change verb (two figures, not a range).
 */
export function readPairing(
  text: string,
  lower: string,
  first: NumberCore,
  at: number,
  prefixStart: number,
  firstHasCurrency: boolean,
  /** Read "rise 0.5 to 1" as a range anyway: the caller checks that a unit follows the second figure. */
  afterChangeVerb: boolean,
): Pairing {
  const ratioEnd =
    at === first.end && !first.isFraction && first.value >= 1 ? ratioJoinerEnd(lower, at) : -1;
  if (ratioEnd >= 0) {
    const second = readSecond(text, lower, ratioEnd, false);
    if (
      second &&
      second.core.value > first.value &&
      second.core.value <= 1000 &&
      !second.core.hasScale &&
      !(second.core.isPlain && second.core.digitCount === 4)
    ) {
      return { type: "ratio", value: first.value / second.core.value, end: second.end };
    }
  }
  const joiner = readJoiner(lower, at);
  if (!joiner) return null;
  const dash = joiner.dash;
  const word = joiner.word;
  const before = wordBefore(lower, prefixStart);
  if (word === "and" && before.word !== "between") return null;
  if (word === "or") return null;
  // "rose from 5% to 8%", "rose $1.20 to $84.50", "rose by 7% to 50,489": a change between two figures, not a range.
  if (
    word === "to" &&
    !afterChangeVerb &&
    (CHANGE_VERBS.has(before.word) ||
      ((before.word === "from" || before.word === "by") &&
        CHANGE_VERBS.has(wordBefore(lower, before.start).word)))
  )
    return null;
  if (dash && first.isWords) return null;
  const second = readSecond(text, lower, at + joiner.length, firstHasCurrency);
  if (!second) return null;
  if (dash && second.core.isWords) return null;
  if (
    second.core.isPlain &&
    second.core.digitCount === 4 &&
    second.core.value >= 1000 &&
    second.core.value <= 2099 &&
    first.isPlain &&
    first.digitCount === 4
  )
    return null;
  // "in 2019 to 2.1 million units": a year is never the low end of a range of another shape.
  if (
    first.isPlain &&
    first.digitCount === 4 &&
    first.value >= 1700 &&
    first.value <= 2100 &&
    !firstHasCurrency &&
    at === first.end &&
    !(second.core.isPlain && second.core.digitCount === 4)
  )
    return null;
  let low = first.value;
  const high = second.core.value;
  // "between 2 and 3 million": the scale written once applies to both ends.
  if (second.core.hasScale && !first.hasScale && !first.isWords) {
    const scale =
      high / Number(text.slice(second.core.start, second.core.digitsEnd).replace(/[^\d.]/g, ""));
    if (Number.isFinite(scale) && scale > 1 && low * scale < high * 1.0001) low *= scale;
  }
  if (!(high > low)) {
    if (dash && !joiner.spaced) return { type: "score", end: second.end };
    // "from -18C to -34C": a range of negatives may run downwards.
    if (low < 0 && high < 0) return { type: "range", low: high, high: low, end: second.end };
    // "passed 51 to 49": a vote or a score written out.
    if (word === "to" && first.isPlain && second.core.isPlain && !firstHasCurrency)
      return { type: "score", end: second.end };
    return null;
  }
  return { type: "range", low, high, end: second.end };
}
