import * as functionWordsModule from "./function-words";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { FUNCTION_WORDS, MONTHS } = functionWordsModule;

/** What a number counts: the short noun phrase after it ("civilians", "credible reports", "of the area"). */

const WORD = /[ \u00a0]+([A-Za-z][A-Za-z'’-]*)/y;
const MAX_WORDS = 4;
/** Words that look like nouns but start a clause or a period: "841 civilians killed", "2,832 civilians in". */
const CLAUSE_STARTERS = new Set(["killed", "dead", "died", "wounded", "injured", "missing", "left", "displaced"]);

export function readCounted(text: string, lower: string, at: number, sentenceEnd: number, allowOf: boolean): { text: string; end: number } | null {
  let pos = at;
  let end = at;
  let words = 0;
  let start = -1;
  let afterOf = false;
  while (words < MAX_WORDS + (afterOf ? 2 : 0) && pos < sentenceEnd) {
    WORD.lastIndex = pos;
    const match = WORD.exec(text);
    if (!match) break;
    const word = match[1]!;
    const low = lower.slice(pos + match[0].length - word.length, pos + match[0].length);
    const wordStart = pos + match[0].length - word.length;
    if (low === "of" && !afterOf && (allowOf || words > 0)) {
      // "98% of the area", "a third of Iraq", "reports of civilian casualties".
      afterOf = true;
      pos = wordStart + word.length;
      if (start < 0) start = wordStart;
      continue;
    }
    if (low === "the" && afterOf && end === at) {
      pos = wordStart + word.length;
      continue;
    }
    if (FUNCTION_WORDS.has(low) || MONTHS.has(low) || low.endsWith("ly")) break;
    if (CLAUSE_STARTERS.has(low) && words > 0) break;
    if (low.endsWith("ing") && words > 0) break;
    if (low.endsWith("ed") && words > 0 && !nextIsContentWord(text, lower, wordStart + word.length)) break;
    if (start < 0) start = wordStart;
    end = wordStart + word.length;
    pos = end;
    words++;
  }
  if (words === 0 || start < 0) return null;
  return { text: text.slice(start, end), end };
}

/** "documented airstrikes": a participle is kept only when a content word follows it. */
function nextIsContentWord(text: string, lower: string, at: number): boolean {
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  if (!match) return false;
  const word = match[1]!.toLowerCase();
  return !FUNCTION_WORDS.has(word) && !word.endsWith("ed");
}
