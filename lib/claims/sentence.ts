import * as textScanModule from "./text-scan";
import { wordSetOf } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { isAsciiLetter, isDigit, isSpace, letterRunStart } = textScanModule;

/** Sentence bounds around a position, found by scanning outward so only the text near claims is read. */

const ABBREVIATIONS = wordSetOf(
  (
    "mr mrs ms dr st no nos vs etc inc ltd co corp jr sr gen col lt sgt capt cmdr rep sen gov prof approx " +
    "ca jan feb mar apr jun jul aug sep sept oct nov dec fig est dept univ ave rd mt ft pp vol"
  ).split(" "),
);
/** No word longer than this is looked up, so a sentence's last word is rarely copied. */
const LONGEST_ABBREVIATION = 6;
/** A sentence longer than this is page junk; cut it so scans stay linear. */
const MAX_REACH = 1500;

function isQuoteOrBracket(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93
  );
}

/** A '.', '!' or '?' at `i` ends a sentence unless it closes an abbreviation ("U.S.", "Mr.") or a decimal. */
function endsSentenceAt(text: string, i: number): boolean {
  let next = i + 1;
  while (next < text.length && isQuoteOrBracket(text.charCodeAt(next))) next++;
  if (
    next < text.length &&
    !isSpace(text.charCodeAt(next)) &&
    text.charCodeAt(next) !== 10 &&
    text.charCodeAt(next) !== 13
  )
    return false;
  if (text.charCodeAt(i) !== 46) return true;
  const wordStart = letterRunStart(text, i);
  const length = i - wordStart;
  if (length === 1 && !isDigit(text.charCodeAt(wordStart - 1))) return false;
  // Single letters ("U.S.", "J. Smith") and titles ("Mr.") rarely end a sentence; a lower-case word never starts one.
  if (
    length > 0 &&
    length <= LONGEST_ABBREVIATION &&
    ABBREVIATIONS.has(text.slice(wordStart, i).toLowerCase())
  )
    return false;
  let after = next;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const code = text.charCodeAt(after);
  return !(isAsciiLetter(code) && code >= 97);
}

/** Characters that can end a sentence. */
const BOUNDARY = /[.!?\n\r]/g;

function isBoundaryCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13;
}

function isBoundary(text: string, p: number): boolean {
  const code = text.charCodeAt(p);
  return code === 10 || code === 13 || endsSentenceAt(text, p);
}

/**
 * The sentence holding `at`. `from` is a position known to be at or before the start of that
 * sentence (the start of an earlier sentence); `scanFrom` (at or after `from`) is where the search for
 * the start may begin, usually the end of that earlier sentence, so its text is not read again. The
 * start is the character after the last boundary before `at`; if none lies in [scanFrom, at) the
 * search goes on backwards to `from`. Both searches stop within MAX_REACH characters of `at`, so a
 * text with no full stops stays linear.
 */
export function sentenceBounds(
  text: string,
  at: number,
  from = 0,
  scanFrom = from,
): { start: number; end: number } {
  const floor = Math.max(from, at - MAX_REACH, 0);
  const scanStart = Math.min(Math.max(floor, scanFrom), at);
  let start = -1;
  // A slice shares the text (nothing is copied) and bounds the regex to this stretch.
  const before = text.slice(scanStart, at);
  BOUNDARY.lastIndex = 0;
  while (BOUNDARY.test(before)) {
    const p = scanStart + BOUNDARY.lastIndex - 1;
    if (isBoundary(text, p)) start = p + 1;
  }
  for (let p = scanStart - 1; start < 0 && p >= floor; p--)
    if (isBoundaryCode(text.charCodeAt(p)) && isBoundary(text, p)) start = p + 1;
  if (start < 0) start = floor;
  while (
    start < at &&
    (isSpace(text.charCodeAt(start)) || isQuoteOrBracket(text.charCodeAt(start)))
  )
    start++;
  const ceiling = Math.min(text.length, at + MAX_REACH);
  let end = ceiling;
  // Forwards a global regex jumps between candidate characters faster than a loop in JS; it runs on
  // a slice (which shares the text, nothing is copied) so a text with no boundary is read only to
  // MAX_REACH, never on to its end.
  const after = text.slice(at, ceiling);
  BOUNDARY.lastIndex = 0;
  while (BOUNDARY.test(after)) {
    const p = at + BOUNDARY.lastIndex - 1;
    const code = text.charCodeAt(p);
    if (code === 10 || code === 13) {
      end = p;
      break;
    }
    if (endsSentenceAt(text, p)) {
      end = p + 1;
      while (end < text.length && isQuoteOrBracket(text.charCodeAt(end))) end++;
      break;
    }
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
