import * as textScanModule from "./text-scan";
import type { Qualifier } from "./types";
import { WordTable, wordSet } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { isAsciiLetter } = textScanModule;

/** Words around a number that bound it: "at least 841", "nearly five million", "5,000 or more". */

const BEFORE_PHRASES: Record<string, Qualifier> = {
  "at least": "at_least",
  "no fewer than": "at_least",
  "no less than": "at_least",
  "not less than": "at_least",
  "not fewer than": "at_least",
  "a minimum of": "at_least",
  "minimum of": "at_least",
  "as few as": "at_least",
  "more than": "more_than",
  over: "more_than",
  above: "more_than",
  "in excess of": "more_than",
  "upwards of": "more_than",
  "upward of": "more_than",
  "greater than": "more_than",
  exceeding: "more_than",
  "north of": "more_than",
  topped: "more_than",
  tops: "more_than",
  exceeded: "more_than",
  exceeds: "more_than",
  surpassed: "more_than",
  surpassing: "more_than",
  "a little over": "more_than",
  "a little more than": "more_than",
  "just over": "more_than",
  "well over": "more_than",
  "well above": "more_than",
  "just above": "more_than",
  "higher than": "more_than",
  "larger than": "more_than",
  "bigger than": "more_than",
  "at most": "at_most",
  "no more than": "at_most",
  "not more than": "at_most",
  "a maximum of": "at_most",
  "maximum of": "at_most",
  "no greater than": "at_most",
  "not exceeding": "at_most",
  "less than": "less_than",
  "fewer than": "less_than",
  under: "less_than",
  below: "less_than",
  "short of": "less_than",
  "shy of": "less_than",
  "just under": "less_than",
  "just below": "less_than",
  "lower than": "less_than",
  "smaller than": "less_than",
  "well under": "less_than",
  "well below": "less_than",
  nearly: "approximately",
  almost: "approximately",
  about: "approximately",
  around: "approximately",
  roughly: "approximately",
  approximately: "approximately",
  "approx.": "approximately",
  approx: "approximately",
  some: "approximately",
  "an estimated": "approximately",
  estimated: "approximately",
  "close to": "approximately",
  circa: "approximately",
  "ca.": "approximately",
  "c.": "approximately",
  "more or less": "approximately",
  "an approximate": "approximately",
  approximate: "approximately",
  "around about": "approximately",
  "up to": "up_to",
  "as many as": "up_to",
  "as much as": "up_to",
  "as high as": "up_to",
  "as long as": "up_to",
  "as large as": "up_to",
};

/** Phrases grouped by their last word, longest first, so "just over" wins over "over". */
const BY_LAST_WORD = (() => {
  const grouped = new Map<string, string[]>();
  for (const phrase of Object.keys(BEFORE_PHRASES).sort((a, b) => b.length - a.length)) {
    const last = phrase.slice(phrase.lastIndexOf(" ") + 1).replace(/\.$/, "");
    const list = grouped.get(last);
    if (list) list.push(phrase);
    else grouped.set(last, [phrase]);
  }
  return new WordTable(grouped);
})();

/**
 * Verbs of motion that take their direction from "up" or "down": after them "up to 4.3%" is where a
 * level moved ("ticked up to 4.3%"), not a ceiling ("up to 500 people").
 */
const MOTION_VERBS = wordSet(
  "ticked tick ticks ticking edged edges edging inched inches inching crept creeps creeping moved " +
    "moves moving went goes going shot shoots shooting crawled jumped climbed rose risen",
);

/** "ticked up to": the word before "up" is a verb of motion. */
function isMotionUpTo(lower: string, phraseStart: number): boolean {
  const end = phraseStart - 1;
  if (lower.charCodeAt(end) !== 32) return false;
  let start = end;
  while (start > 0 && isAsciiLetter(lower.charCodeAt(start - 1))) start--;
  return MOTION_VERBS.has(lower, start, end);
}

/** The qualifier ending right before `at` (lower-cased text), with where it starts. */
export function readQualifierBefore(
  lower: string,
  at: number,
): { qualifier: Qualifier; start: number } | null {
  let wordEnd = at;
  while (
    wordEnd > 0 &&
    (lower.charCodeAt(wordEnd - 1) === 32 || lower.charCodeAt(wordEnd - 1) === 160)
  )
    wordEnd--;
  if (wordEnd === at) return null;
  const afterWord = wordEnd;
  if (lower.charCodeAt(wordEnd - 1) === 46) wordEnd--; // "approx.", "ca."
  let wordStart = wordEnd;
  while (wordStart > 0 && isAsciiLetter(lower.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd) return null;
  const phrases = BY_LAST_WORD.get(lower, wordStart, wordEnd);
  if (!phrases) return null;
  for (const phrase of phrases) {
    const phraseStart = afterWord - phrase.length;
    if (phraseStart < 0 || !lower.startsWith(phrase, phraseStart)) continue;
    if (
      phraseStart > 0 &&
      (isAsciiLetter(lower.charCodeAt(phraseStart - 1)) || lower.charCodeAt(phraseStart - 1) === 46)
    )
      continue;
    if (phrase === "up to" && isMotionUpTo(lower, phraseStart)) return null;
    return { qualifier: BEFORE_PHRASES[phrase]!, start: phraseStart };
  }
  return null;
}

const AFTER =
  /[ \u00a0]*(?:(or more|or above|or over|or higher|or greater|and above|and over|and more|at least)|(or fewer|or less|or under|or below|or lower|at most|and under|and below)|(or so|or thereabouts|-odd|odd\b(?= [a-z])|give or take)|(\+(?![ \u00a0]?\d)|-plus\b| plus\b(?! [0-9])))/y;

/**
 * Whether AFTER can match at `at`: after the blanks comes "o", "a", "g", "-" or "+", or a "p" after
 * a space (" plus"). Most figures are followed by none, and this spares them a call into the regex
 * engine.
 */
function mayStartAfter(lower: string, at: number): boolean {
  let i = at;
  while (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 0xa0) i++;
  const code = lower.charCodeAt(i);
  return (
    code === 111 ||
    code === 97 ||
    code === 103 ||
    code === 45 ||
    code === 43 ||
    (code === 112 && i > at && lower.charCodeAt(i - 1) === 32)
  );
}

/** "5,000 or more", "40-odd", "5,000+": qualifiers written after the number (and its unit). */
export function readQualifierAfter(
  lower: string,
  at: number,
): { qualifier: Qualifier; end: number } | null {
  if (!mayStartAfter(lower, at)) return null;
  AFTER.lastIndex = at;
  const match = AFTER.exec(lower);
  if (!match) return null;
  const qualifier: Qualifier = match[1]
    ? "at_least"
    : match[2]
      ? "at_most"
      : match[3]
        ? "approximately"
        : "more_than";
  return { qualifier, end: at + match[0].length };
}
