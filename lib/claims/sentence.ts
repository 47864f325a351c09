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

function isBoundaryCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13;
}

/**
 * The sentence holding `at`. `from` is a position known to be at or before the start of that
 * sentence (the start of an earlier sentence). The start is the character after the last boundary
 * before `at`, so it is found by reading backwards from `at` and stopping at the first boundary: only
 * this sentence's own text is read, never the earlier ones again. Both reads stop within MAX_REACH
 * characters, so a text with no full stops stays linear.
 */
export function sentenceBounds(text: string, at: number, from = 0): { start: number; end: number } {
  const floor = Math.max(from, at - MAX_REACH, 0);
  let start = floor;
  for (let p = at - 1; p >= floor; p--) {
    const code = text.charCodeAt(p);
    if (isBoundaryCode(code) && (code === 10 || code === 13 || endsSentenceAt(text, p))) {
      start = p + 1;
      break;
    }
  }
  while (
    start < at &&
    (isSpace(text.charCodeAt(start)) || isQuoteOrBracket(text.charCodeAt(start)))
  )
    start++;
  const ceiling = Math.min(text.length, at + MAX_REACH);
  let end = ceiling;
  for (let p = at; p < ceiling; p++) {
    const code = text.charCodeAt(p);
    if (!isBoundaryCode(code)) continue;
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
