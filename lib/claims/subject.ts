import * as changeModule from "./change";
import * as textScanModule from "./text-scan";
import { unionOf, wordSet } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { isMovementVerb } = changeModule;
const { isAsciiLetter, isDigit, lowerSameLength } = textScanModule;

/**
 * What a figure counts, read from its phrase: the noun after it ("9,000 workers" → workers) or, when
 * none follows, the subject the clause gives it ("the death toll has risen to 90" → deaths, "officials
 * put the toll at 130" → deaths, "the number of people injured in the blast stood at 75" → people
 * injured, "unemployment fell to 4.1%" → unemployment). Read backwards over a few words from the figure
 * by the shape of an English clause (link word, verb, auxiliaries, noun phrase), with no word list of
 * topics, so the cost is bounded per claim.
 */

/** Words between a verb and its figure: "rose to", "stood at", "cut by", "fell from". */
const LINKS = wordSet("to at by of from around about nearly almost some");
/** Verbs that give a subject a level: "turnout was 67%", "the toll stood at 130". */
const LEVEL_VERBS = wordSet(
  "is are was were be been stood stands stand reached reaches reach hit hits totalled totaled totals total " +
    "topped tops numbered numbers amounted amounts came comes exceeded exceeds remained remains passed " +
    "surpassed crossed neared nears averaged averages equalled equaled rose fell reached grew",
);
/** Verbs that set a figure for an object: "put the toll at 130", "raised its forecast to 3%". */
const SETTING_VERBS = wordSet(
  "put puts putting estimated estimates estimate set sets placed places revised revises raised raises " +
    "lowered lowers cut cuts lifted lifts pegged pegs capped caps kept keeps held holds forecast forecasts " +
    "projected projects expected expects predicted predicts",
);
/** Auxiliaries and adverbs between a subject and its verb: "the toll has now risen". */
const AUXILIARIES = wordSet(
  "has have had is are was were be been being will would could might may should can also now already " +
    "still just further again then",
);
/** Words that end a subject read backwards: the clause before it. */
const CLAUSE_WORDS = wordSet(
  "that which who whom whose said says say told and but or while when where whereas although though " +
    "because if as after before since until unless so than according whilst whereby hence thus",
);
/** Words that open a subject without naming anything. */
const DETERMINERS = wordSet(
  "the a an its their his her our my your this that these those such some any each every both",
);
/** Pronouns name nothing by themselves: "it rose to 5%", "there were 40". */
const PRONOUNS = wordSet("it he she they we i you there this that these those one which what who");
/** Containers of a count: "the number of X", "a total of X". */
const CONTAINERS = wordSet("number numbers total count tally figure figures amount");
/** Prepositions that end the thing counted: "people injured in the blast". */
const PREPOSITIONS = wordSet(
  "in at on from during since across over after for by with to within near among under into",
);

const MAX_WORDS = 9;

interface Word {
  start: number;
  end: number;
}

/**
 * The word ending at or before `end`, or null at a clause break (punctuation other than an
 * apostrophe or hyphen inside a word) or the sentence start. A figure ("12%", "$4.2bn") is a word.
 */
function wordBefore(lower: string, end: number, floor: number): Word | null {
  let e = end;
  while (e > floor && lower.charCodeAt(e - 1) === 32) e--;
  if (e <= floor) return null;
  let s = e;
  for (;;) {
    if (s <= floor) break;
    const code = lower.charCodeAt(s - 1);
    if (isWordChar(code) || isFigureChar(code)) s--;
    // A decimal point or thousands comma inside a figure, never a clause's comma.
    else if ((code === 46 || code === 44) && s - 2 >= floor && isDigit(lower.charCodeAt(s - 2)))
      s--;
    else break;
  }
  if (s === e) return null;
  return { start: s, end: e };
}

function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code === 39 || code === 0x2019 || code === 45;
}

/** Characters of a written figure: "12%", "$4.2bn", "1,370". */
function isFigureChar(code: number): boolean {
  return isDigit(code) || code === 37 || code === 36 || code === 0xa3 || code === 0x20ac;
}

function isFigure(lower: string, word: Word): boolean {
  for (let i = word.start; i < word.end; i++) if (isDigit(lower.charCodeAt(i))) return true;
  return false;
}

/** The subject the clause gives the figure starting at `start`, in the text's words, or null. */
export function readSubject(
  text: string,
  lower: string,
  start: number,
  sentenceStart: number,
): string | null {
  let word = wordBefore(lower, start, sentenceStart);
  let links = 0;
  let by = false;
  while (word && links < 2 && LINKS.has(lower, word.start, word.end)) {
    links++;
    if (word.end - word.start === 2 && lower.startsWith("by", word.start)) by = true;
    word = wordBefore(lower, word.start, sentenceStart);
    // "rose 12% to $4.2bn": the figure before the link shares the verb.
    if (word && links === 1 && isFigure(lower, word))
      word = wordBefore(lower, word.start, sentenceStart);
  }
  if (!word) return null;
  // "rose by 5%" moves a level; "passed by 52 votes" names an agent's count, not a level.
  const verb = isMovementVerb(lower, word.start, word.end)
    ? true
    : !by && LEVEL_VERBS.has(lower, word.start, word.end);
  if (verb) {
    let before = wordBefore(lower, word.start, sentenceStart);
    let hops = 0;
    while (before && hops < 3 && isAuxiliary(lower, before)) {
      hops++;
      before = wordBefore(lower, before.start, sentenceStart);
    }
    return before ? nounPhraseEndingAt(text, lower, before, sentenceStart, null) : null;
  }
  // "put the toll at 130": a noun phrase between a setting verb and the link.
  if (links === 0) return null;
  return nounPhraseEndingAt(text, lower, word, sentenceStart, SETTING_VERBS);
}

function isAuxiliary(lower: string, word: Word): boolean {
  if (AUXILIARIES.has(lower, word.start, word.end)) return true;
  // "sharply", "reportedly": an adverb before the verb.
  return word.end - word.start > 4 && lower.startsWith("ly", word.end - 2);
}

/**
 * The noun phrase whose last word is `last`, read back to a clause break; with `opener` given, the
 * phrase must follow one of its verbs ("put [the toll] at"), else none is read.
 */
function nounPhraseEndingAt(
  text: string,
  lower: string,
  last: Word,
  sentenceStart: number,
  opener: typeof SETTING_VERBS | null,
): string | null {
  if (isFigure(lower, last) || isStop(lower, last)) return null;
  let first = last;
  let count = 1;
  let opened = opener === null;
  for (;;) {
    const before = wordBefore(lower, first.start, sentenceStart);
    if (!before) break;
    // Words right after another figure are that figure's unit or noun ("at 120 km per hour the …").
    if (isFigure(lower, before)) return null;
    if (opener && opener.has(lower, before.start, before.end)) {
      opened = true;
      break;
    }
    if (isStop(lower, before) || LEVEL_VERBS.has(lower, before.start, before.end)) break;
    if (isMovementVerb(lower, before.start, before.end)) break;
    if (++count > MAX_WORDS) return null;
    first = before;
  }
  if (!opened) return null;
  // The sentence's own capital is not part of the name ("Unemployment fell" → unemployment).
  if (first.start === sentenceStart && !isUpper(text.charCodeAt(first.start + 1))) {
    const phrase = text.slice(first.start, last.end);
    return nameOf(phrase.charAt(0).toLowerCase() + phrase.slice(1));
  }
  return nameIn(text, lower, 0, first.start, last.end);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isStop(lower: string, word: Word): boolean {
  return CLAUSE_WORDS.has(lower, word.start, word.end);
}

/**
 * `nameOf` for the counted phrase text[start, end) (`phrase` is that slice): a single word (the usual
 * case) is checked where it stands in `lower`, so no lower-cased copy is made.
 */
export function nameOfCounted(
  lower: string,
  phrase: string,
  start: number,
  end: number,
): string | null {
  for (let i = start; i < end; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32 || code === 0xa0) return nameIn(phrase, lower, start, start, end);
  }
  if (start === end || NAMED_FURTHER.has(lower, start, end))
    return nameIn(phrase, lower, start, start, end);
  return phrase;
}

/** Single words that `nameOf` reads further: "of" alone, and "toll" (a death toll). */
const ONE_WORD_NAMES_NOTHING = wordSet("of toll tolls");
/** A single word that `nameOf` reads further, in one lookup. */
const NAMED_FURTHER = unionOf(DETERMINERS, PRONOUNS, CONTAINERS, ONE_WORD_NAMES_NOTHING);

/**
 * The phrase reduced to what it counts: no determiners, "of the area" → area, "the number of X" → X,
 * "the toll" → deaths. Words keep their case; the tests on them are made in lower case.
 */
export function nameOf(phrase: string): string | null {
  return nameIn(phrase, lowerSameLength(phrase), 0, 0, phrase.length);
}

/** Word bounds of the phrase being named, reused: words are found by index, never split out. */
let wordStarts = new Int32Array(64);
let wordEnds = new Int32Array(64);

/** Finds the words of lower[start, end): the runs between spaces, as `split(/[ \u00a0]+/)` gives them. */
function findWords(lower: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end;) {
    let code = lower.charCodeAt(i);
    if (code === 32 || code === 0xa0) {
      i++;
      continue;
    }
    const wordStart = i;
    while (i < end && (code = lower.charCodeAt(i)) !== 32 && code !== 0xa0) i++;
    if (count === wordStarts.length) {
      const starts = new Int32Array(count * 2);
      starts.set(wordStarts);
      wordStarts = starts;
      const ends = new Int32Array(count * 2);
      ends.set(wordEnds);
      wordEnds = ends;
    }
    wordStarts[count] = wordStart;
    wordEnds[count] = i;
    count++;
  }
  return count;
}

function wordIn(table: typeof DETERMINERS, lower: string, w: number): boolean {
  return table.has(lower, wordStarts[w], wordEnds[w]);
}

function isOfWord(lower: string, w: number): boolean {
  const start = wordStarts[w]!;
  return wordEnds[w]! - start === 2 && lower.startsWith("of", start);
}

/**
 * `nameOf` for lower[start, end), whose characters are those of `source` shifted by `offset`
 * (source[i - offset] is lower[i] in its own case). The result is cut from `source` whenever its
 * words are already joined by single spaces, so most names cost one slice.
 */
function nameIn(
  source: string,
  lower: string,
  offset: number,
  start: number,
  end: number,
): string | null {
  const count = findWords(lower, start, end);
  // A single word that names itself (the usual case) is returned as it is.
  if (
    count === 1 &&
    !wordIn(DETERMINERS, lower, 0) &&
    !wordIn(PRONOUNS, lower, 0) &&
    !wordIn(CONTAINERS, lower, 0) &&
    !wordIn(ONE_WORD_NAMES_NOTHING, lower, 0)
  )
    return joinWords(source, offset, 0, 1);
  let first = 0;
  let last = count;
  if (first < last && isOfWord(lower, first)) first++;
  while (first < last && wordIn(DETERMINERS, lower, first)) first++;
  let of = -1;
  for (let w = first; w < last; w++)
    if (isOfWord(lower, w)) {
      of = w - first;
      break;
    }
  if (of > 0 && of <= 2 && wordIn(CONTAINERS, lower, first + of - 1)) {
    first += of + 1;
    while (first < last && wordIn(DETERMINERS, lower, first)) first++;
  }
  // A preposition other than "of" starts a qualifying phrase: "people injured in the blast".
  for (let w = first + 1; w < last; w++)
    if (wordIn(PREPOSITIONS, lower, w)) {
      last = w;
      break;
    }
  if (first >= last) return null;
  if (last - first === 1 && (wordIn(PRONOUNS, lower, first) || wordIn(CONTAINERS, lower, first)))
    return null;
  const tail = last - 1;
  if (wordIn(ONE_WORD_NAMES_NOTHING, lower, tail) && !isOfWord(lower, tail)) {
    // "the toll" alone is a death toll in news; "the casualty toll" counts casualties.
    const modifier =
      last - first > 1 ? lower.slice(wordStarts[tail - 1], wordEnds[tail - 1]) : "death";
    return modifier === "death" ? "deaths" : plural(modifier);
  }
  return joinWords(source, offset, first, last);
}

/** Words [from, to) found last, joined by single spaces, in the case `source` writes them. */
function joinWords(source: string, offset: number, from: number, to: number): string {
  let joined = true;
  for (let w = from + 1; w < to && joined; w++)
    joined =
      wordStarts[w]! - wordEnds[w - 1]! === 1 &&
      source.charCodeAt(wordEnds[w - 1]! - offset) === 32;
  if (joined) return source.slice(wordStarts[from]! - offset, wordEnds[to - 1]! - offset);
  let out = source.slice(wordStarts[from]! - offset, wordEnds[from]! - offset);
  for (let w = from + 1; w < to; w++)
    out += " " + source.slice(wordStarts[w]! - offset, wordEnds[w]! - offset);
  return out;
}

function plural(noun: string): string {
  if (noun.endsWith("s")) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
