import { isAsciiLetter, isDigit, isSpace, letterRunStart } from "./text-scan";

/** Sentence bounds around a position, found by scanning outward so only the text near claims is read. */

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st no nos vs etc inc ltd co corp jr sr gen col lt sgt capt cmdr rep sen gov prof approx " +
    "ca jan feb mar apr jun jul aug sep sept oct nov dec fig est dept univ ave rd mt ft pp vol"
  ).split(" "),
);
/** A sentence longer than this is page junk; cut it so scans stay linear. */
const MAX_REACH = 1500;

function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function isQuoteOrBracket(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/** A '.', '!' or '?' at `i` ends a sentence unless it closes an abbreviation ("U.S.", "Mr.") or a decimal. */
function endsSentenceAt(text: string, i: number): boolean {
  let next = i + 1;
  while (next < text.length && isQuoteOrBracket(text.charCodeAt(next))) next++;
  if (next < text.length && !isSpace(text.charCodeAt(next)) && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13) return false;
  if (text.charCodeAt(i) !== 46) return true;
  const wordStart = letterRunStart(text, i);
  const length = i - wordStart;
  if (length === 1 && !isDigit(text.charCodeAt(wordStart - 1))) return false;
  // Single letters ("U.S.", "J. Smith") and titles ("Mr.") rarely end a sentence; a lower-case word never starts one.
  if (length > 0 && ABBREVIATIONS.has(text.slice(wordStart, i).toLowerCase())) return false;
  let after = next;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const code = text.charCodeAt(after);
  return !(isAsciiLetter(code) && code >= 97);
}

export function sentenceBounds(text: string, at: number): { start: number; end: number } {
  let start = at;
  const floor = Math.max(0, at - MAX_REACH);
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13) break;
    if (isTerminator(code) && endsSentenceAt(text, start - 1)) break;
    start--;
  }
  while (start < at && (isSpace(text.charCodeAt(start)) || isQuoteOrBracket(text.charCodeAt(start)))) start++;
  let end = at;
  const ceiling = Math.min(text.length, at + MAX_REACH);
  while (end < ceiling) {
    const code = text.charCodeAt(end);
    if (code === 10 || code === 13) break;
    if (isTerminator(code) && endsSentenceAt(text, end)) {
      end++;
      while (end < text.length && isQuoteOrBracket(text.charCodeAt(end))) end++;
      break;
    }
    end++;
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The line holding `at`, for junk-line checks. */
export function lineBounds(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) start--;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return { start, end };
}
