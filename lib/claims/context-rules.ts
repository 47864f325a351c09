import * as functionWordsModule from "./function-words";
import type { NumberCore } from "./number-core";
import * as textScanModule from "./text-scan";
import { wordSetOf } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { FUNCTION_WORDS, MONTHS } = functionWordsModule;
const { isAsciiLetter, isDigit, wordAfter, wordBefore } = textScanModule;

/**
 * Context that says a figure is not a quantity, read from the characters right around it: an age in
 * apposition, an era year, a name with a number, a time reference. Each reads a few characters.
 */

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** "Smith, 25, said", "The senator, 68, announced": a small whole number set off by commas after a word. */
export function isAgeInApposition(text: string, core: NumberCore): boolean {
  if (!core.isPlain || core.digitCount > 3 || core.value > 120) return false;
  if (text.charCodeAt(core.start - 1) !== 32 || text.charCodeAt(core.start - 2) !== 44)
    return false;
  if (!isAsciiLetter(text.charCodeAt(core.start - 3))) return false;
  if (text.charCodeAt(core.end) !== 44 || text.charCodeAt(core.end + 1) !== 32) return false;
  const next = text.charCodeAt(core.end + 2);
  return next >= 97 && next <= 122;
}

const ERA_AFTER = /^ ?(?:b\.?c\.?e?|a\.?d\.?|c\.?e\.?)(?![a-z])/;

/** "A.D. 800", "1200 BC", "400 CE": a year of an era. */
export function isEraYear(lower: string, core: NumberCore): boolean {
  if (!core.isPlain || core.digitCount > 4) return false;
  // Gates on the one letter an era word can start or end with, so most figures copy nothing.
  let after = core.end;
  if (lower.charCodeAt(after) === 32) after++;
  const next = lower.charCodeAt(after);
  if (
    (next === 98 || next === 97 || next === 99) &&
    ERA_AFTER.test(lower.slice(core.end, core.end + 6))
  )
    return true;
  let before = core.start;
  if (lower.charCodeAt(before - 1) === 32) before--;
  const previous = lower.charCodeAt(before - 1);
  if (previous !== 100 && previous !== 46) return false;
  const window = lower.slice(Math.max(0, core.start - 6), core.start);
  return /(?:^|[^a-z])(?:a\.d\.|ad) ?$/.test(window);
}

/** A year before 1700, after a word that introduces a date ("in 1648", "since 1215"). */
const EARLY_YEAR_WORDS = wordSetOf(
  "in since until till from between during before after circa c".split(" "),
);

/** "1500 and 1620", "1914 to 1918": the second year of a pair. */
function followsYear(lower: string, before: { word: string; start: number }): boolean {
  if (before.word !== "and" && before.word !== "to") return false;
  let at = before.start;
  while (at > 0 && lower.charCodeAt(at - 1) === 32) at--;
  for (let i = 1; i <= 4; i++) if (!isDigit(lower.charCodeAt(at - i))) return false;
  return !isDigit(lower.charCodeAt(at - 5));
}

export function isEarlyYear(lower: string, core: NumberCore, hasQuantityMarker: boolean): boolean {
  if (hasQuantityMarker || !core.isPlain || core.digitCount !== 4 || core.value < 1000)
    return false;
  const before = wordBefore(lower, core.start);
  if (!EARLY_YEAR_WORDS.has(before.word) && !followsYear(lower, before)) return false;
  const after = wordAfter(lower, core.end).word;
  return after === "" || FUNCTION_WORDS.has(after) || MONTHS.has(after);
}

/**
 * "Pixel 9 was", "Boeing 737 Max", "World Cup 2026": a plain number right after a capitalised word
 * (not the sentence's first) names a product, model or event, unless a plural noun follows and
 * makes it a count ("Kill 10 Civilians" in a headline).
 */
export function isNameNumber(text: string, lower: string, core: NumberCore): boolean {
  if (!core.isPlain || text.charCodeAt(core.start - 1) !== 32) return false;
  const wordEnd = core.start - 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd) return false;
  const initial = text.charCodeAt(wordStart);
  // camelCase names ("iPhone 15") count as capitalised.
  const named =
    isUpper(initial) || (wordEnd - wordStart > 2 && isUpper(text.charCodeAt(wordStart + 1)));
  if (!named) return false;
  if (MONTHS.has(lower.slice(wordStart, wordEnd))) return false;
  let before = wordStart;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  const previous = text.charCodeAt(before - 1);
  // The sentence's first word is capitalised for the sentence, not as a name.
  if (before === 0 || previous === 46 || previous === 10 || previous === 34 || previous === 0x201c)
    return false;
  if (core.digitCount === 4 && core.value >= 1900 && core.value <= 2100) return true;
  if (isTitleCaseRun(text, before, core.end)) return false;
  const after = wordAfter(lower, core.end);
  const next = after.word;
  if (next.length > 2 && next.endsWith("s") && !FUNCTION_WORDS.has(next)) return false;
  return !isDigit(lower.charCodeAt(core.end + 1));
}

/** "two years ago", "three decades earlier": a time reference, not a quantity. */
export function isTimeReference(lower: string, end: number): boolean {
  const next = wordAfter(lower, end).word;
  return next === "ago" || next === "earlier" || next === "previously";
}

/** Nouns that name a statistic taken over a span of time: the span says which statistic, not how long. */
const STATISTICS = wordSetOf("average averages mean median rate rates yield yields".split(" "));
/** How far after the compound its head noun may stand: "two-year fixed mortgage rate". */
const HEAD_REACH = 3;

/**
 * "the two-year Treasury yield", "the five-year average", "the average two-year fixed mortgage rate":
 * a hyphenated duration that, within its noun phrase, modifies a statistic names the window the
 * statistic is taken over, so it is part of the statistic's name and not a claim. A duration that
 * modifies anything else is stated about the world and stays a claim ("a five-year contract", "a
 * 47-year high"). `numberEnd` is the figure's end (a hyphen must follow it), `unitEnd` the unit's.
 */
export function isStatisticWindow(lower: string, numberEnd: number, unitEnd: number): boolean {
  if (lower.charCodeAt(numberEnd) !== 45 || lower.charCodeAt(unitEnd) !== 32) return false;
  let at = unitEnd;
  for (let words = 0; words < HEAD_REACH; words++) {
    if (lower.charCodeAt(at) !== 32) return false;
    const start = at + 1;
    let end = start;
    while (isAsciiLetter(lower.charCodeAt(end))) end++;
    if (end === start) return false;
    if (STATISTICS.has(lower, start, end)) return true;
    if (FUNCTION_WORDS.has(lower, start, end)) return false;
    at = end;
  }
  return false;
}

/** "sub-500", "minus-60", "near-100": a prefix glued to the number with a hyphen. */
export function hyphenPrefix(
  lower: string,
  numberStart: number,
): { word: "sub" | "minus" | "near"; start: number } | null {
  if (lower.charCodeAt(numberStart - 1) !== 45) return null;
  const word = wordBefore(lower, numberStart - 1);
  if (word.start + word.word.length !== numberStart - 1) return null;
  if (word.word === "sub" || word.word === "minus" || word.word === "near")
    return { word: word.word, start: word.start };
  return null;
}

/**
 * A headline in title case ("Strikes Kill 54 Iraqi Civilians"): the two words before the capitalised
 * word and the word after the number are capitalised too, so capitals say nothing about names.
 */
function isTitleCaseRun(text: string, wordStart: number, numberEnd: number): boolean {
  let seen = 0;
  let at = wordStart;
  for (let i = 0; i < 2; i++) {
    while (at > 0 && text.charCodeAt(at - 1) === 32) at--;
    const end = at;
    while (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) at--;
    if (at === end) break;
    if (!isUpper(text.charCodeAt(at))) return false;
    seen++;
  }
  let next = numberEnd;
  while (text.charCodeAt(next) === 32) next++;
  if (isAsciiLetter(text.charCodeAt(next))) {
    if (!isUpper(text.charCodeAt(next))) return false;
    seen++;
  }
  return seen >= 2;
}
