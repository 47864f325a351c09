import * as functionWordsModule from "./function-words";
import { unionOf, wordSet } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { FUNCTION_WORDS, MONTHS } = functionWordsModule;

/** What a number counts: the short noun phrase after it ("civilians", "credible reports", "of the area"). */

const MAX_WORDS = 4;
/** Words that look like nouns but start a clause or a period: "841 civilians killed", "2,832 civilians in". */
const CLAUSE_STARTERS = wordSet("killed dead died wounded injured missing left displaced");
/**
 * Verbs that follow a counted subject ("40 million Americans live", "about 40 died"): never part of
 * what is counted, in any position. Common present and past forms; words in -ed are handled below.
 */
/** Time words end the counted phrase: "1.1C last year", "5C overnight", "12 people on Monday". */
const TIME_WORDS = wordSet(
  "last next this yesterday today tomorrow tonight overnight ago earlier later now monday tuesday wednesday " +
    "thursday friday saturday sunday week weekend",
);
const VERBS = wordSet(
  "live lives work works die dies died face faces remain remains need needs use uses own owns earn earns " +
    "vote votes fled flee flees take takes took make makes made get gets got go goes went come comes came " +
    "see sees saw lose loses lost win wins won pay pays paid buy buys bought hold holds held run runs ran " +
    "keep keeps kept live say says said think thinks thought believe believe feel feels felt know knows knew " +
    "want wants become becomes became fell fall falls rose rise rises grew grow grows spent spend spends " +
    "attend attends gather gathers turn turns turned sought seek seeks suffer suffers lack lacks rely relies " +
    "struggle struggles receive receives include includes",
);

/** Words that end the counted phrase before it starts or after any word: one lookup for the four lists. */
const PHRASE_ENDS = unionOf(FUNCTION_WORDS, MONTHS, VERBS, TIME_WORDS);

export function readCounted(
  text: string,
  lower: string,
  at: number,
  sentenceEnd: number,
  allowOf: boolean,
): { text: string; start: number; end: number } | null {
  let pos = at;
  let end = at;
  let words = 0;
  let start = -1;
  let afterOf = false;
  let previousPlural = false;
  while (words < MAX_WORDS + (afterOf ? 2 : 0) && pos < sentenceEnd) {
    const wordStart = skipBlanks(text, pos);
    if (wordStart === pos) break;
    const wordEnd = wordEndAt(text, wordStart);
    if (wordEnd === wordStart) break;
    const length = wordEnd - wordStart;
    const isOf = length === 2 && lower.startsWith("of", wordStart);
    if (isOf && !afterOf && (allowOf || words > 0)) {
      // "98% of the area", "a third of Iraq", "reports of civilian casualties".
      afterOf = true;
      pos = wordEnd;
      if (start < 0) start = wordStart;
      continue;
    }
    if (afterOf && end === at && length === 3 && lower.startsWith("the", wordStart)) {
      pos = wordEnd;
      continue;
    }
    if (PHRASE_ENDS.has(lower, wordStart, wordEnd) || endsWithAt(lower, wordEnd, "ly")) break;
    const pastForm = endsWithAt(lower, wordEnd, "ed");
    // "about 40 died", "5,000 gathered outside": a past verb right after the number is the clause;
    // "5 armed men" keeps its participle because a noun follows it.
    if (words === 0 && !afterOf && pastForm && !nextIsContentWord(text, lower, wordEnd)) break;
    if (words > 0 && CLAUSE_STARTERS.has(lower, wordStart, wordEnd)) break;
    if (words > 0 && endsWithAt(lower, wordEnd, "ing")) break;
    if (pastForm && words > 0 && !nextIsContentWord(text, lower, wordEnd)) break;
    // "31 mills employ 9,000 workers": after a plural noun, a bare word that takes an object is its verb.
    if (previousPlural && !endsWithAt(lower, wordEnd, "s") && takesObject(text, lower, wordEnd))
      break;
    previousPlural = endsWithAt(lower, wordEnd, "s") && !endsWithAt(lower, wordEnd, "ss");
    if (start < 0) start = wordStart;
    end = wordEnd;
    pos = end;
    words++;
  }
  if (words === 0 || start < 0) return null;
  return { text: text.slice(start, end), start, end };
}

/** "documented airstrikes": a participle is kept only when a content word follows it. */
function nextIsContentWord(text: string, lower: string, at: number): boolean {
  const wordStart = skipBlanks(text, at);
  if (wordStart === at) return false;
  const wordEnd = wordEndAt(text, wordStart);
  if (wordEnd === wordStart) return false;
  return !FUNCTION_WORDS.has(lower, wordStart, wordEnd) && !endsWithAt(lower, wordEnd, "ed");
}

/** Words that open a verb's object: "employ 9,000 workers", "lack a permit", "make the parts". */
const OBJECT_OPENERS = wordSet(
  "the a an their its his her our some more about around nearly almost over",
);

/** A figure or a determiner right after the word ending at `at`. */
function takesObject(text: string, lower: string, at: number): boolean {
  const next = skipBlanks(text, at);
  if (next === at) return false;
  const code = text.charCodeAt(next);
  if (code >= 48 && code <= 57) return true;
  const end = wordEndAt(text, next);
  return end > next && OBJECT_OPENERS.has(lower, next, end);
}

/** Whether the word ending at `end` ends in `suffix`, read in place. */
function endsWithAt(lower: string, end: number, suffix: string): boolean {
  return lower.startsWith(suffix, end - suffix.length);
}

/** Past spaces (and no-break spaces) at `at`; a word must be preceded by at least one. */
function skipBlanks(text: string, at: number): number {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0) at++;
  return at;
}

/** End of a word starting at `at`: a letter, then letters, apostrophes and hyphens ("Hong Kong's", "four-year"). */
function wordEndAt(text: string, at: number): number {
  if (!isLetterCode(text.charCodeAt(at))) return at;
  let end = at + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (isLetterCode(code) || code === 39 || code === 0x2019 || code === 45) end++;
    else return end;
  }
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
