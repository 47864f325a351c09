import { conceptOf, isEveryone, isPeopleNoun, isRoleNoun } from "./quantity-words";
import { stem } from "./context-words";
import { subjectCount } from "./subject-count";
import { nominalRoot, participleRoot } from "./event-root";

/**
 * What a figure counts, by meaning: a concept ("death", "case", "arrest", or the lemma of a plain noun
 * such as "hectare") and, when it counts people, which people ("people" for everyone, else "children",
 * "officers" …). Read from the detector's counted phrase, and when that is missing or only says "people",
 * from the nearest quantity word around the number in its clause: "the death toll has risen to 90",
 * "put the toll at 130", "killing 23 people", "41 people were injured".
 */
export interface Quantity {
  concept: string | null;
  who: string | null;
}

const WORDS_BEFORE = 14;
/** Reading backwards, these start another clause: "130 people had died … and that some 25,000 people". */
const CLAUSE_STARTS = new Set([
  "and",
  "but",
  "while",
  "whereas",
  "although",
  "that",
  "which",
  "who",
]);
const WORDS_AFTER = 15;
const COMPARED = new Set(["from", "than", "versus", "vs", "against"]);

interface Token {
  word: string;
  /** A number or a clause break (";", ".") stops the scan there. */
  stop: boolean;
  /** Where the token ends in the text. */
  end: number;
  /** A comma stands between the token before and this one. */
  afterComma: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[;:.!?]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const afterComma = text.slice(last, m.index).includes(",");
    last = m.index + t.length;
    out.push({ word: t.toLowerCase(), stop: /^[\d;:.!?]/.test(t), end: last, afterComma });
  }
  return out;
}

/** The nearest quantity word before and after the number; after wins a tie ("23 people were killed"). */
function nearestConcept(before: Token[], after: Token[]): string | null {
  let best: { concept: string; distance: number } | null = null;
  for (let k = 0; k < Math.min(after.length, WORDS_AFTER); k++) {
    const t = after[k]!;
    // "With 84,500 pupils in its schools, the department has hired …": a new subject, a new clause.
    if (t.stop || (t.afterComma && (t.word === "the" || t.word === "a" || t.word === "its"))) break;
    const c = conceptOf(t.word);
    if (c) {
      best = { concept: c, distance: k };
      break;
    }
  }
  for (let k = 0; k < Math.min(before.length, WORDS_BEFORE); k++) {
    const t = before[before.length - 1 - k]!;
    // "revised to 6.4%, from the 6.2%", "up from 41": the earlier figure is of the same quantity.
    if (
      /^\d/.test(t.word) &&
      k <= 2 &&
      before.slice(before.length - k).some((x) => COMPARED.has(x.word))
    )
      continue;
    if (t.stop || CLAUSE_STARTS.has(t.word)) break;
    const c = conceptOf(t.word);
    if (c) {
      if (!best || k < best.distance) best = { concept: c, distance: k };
      break;
    }
  }
  return best?.concept ?? null;
}

/** "a stadium built for 40,000", "a ship licensed for 300": what it holds, the number alone. */
const BUILT_FOR = /\b(?:built|designed|licensed|rated|room|capacity)\s(?:for|of)\s(?:up\sto\s)?$/i;
/** Words that end the noun phrase after "the number of": "the number of passengers on board at 420". */
const PHRASE_ENDS = new Set(
  `on in at to was were is are had has have from for with without by into of that which who as stood rose fell
  reached climbed risen dropped fallen been over under across after during since until the a an its their this`.split(
    /\s+/,
  ),
);
const COUNT_NOUNS = new Set(["number", "count", "total", "tally"]);
const COMPARED_TO = new Set(["from", "than", "above", "below", "versus", "vs"]);

/** The figure a compared value is compared with ("fewer than the 52,000", "up from 412"): the index of
 * the nearest figure before it in its clause, when a comparison word sits just before it. */
function comparedWith(before: Token[]): number | null {
  const n = before.length;
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    if (!COMPARED_TO.has(before[k]!.word)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 16); j--) {
      const t = before[j]!;
      if (/^\d/.test(t.word)) return j;
      if (t.stop) return null;
    }
    return null;
  }
  return null;
}

/** "put the number of passengers on board at 420" → passengers; "the number of confirmed dengue
 * infections … to 517" → infections (a word of what is counted wins). */
function numberOfHead(before: Token[]): string | null {
  const n = before.length;
  for (let k = n - 2; k >= Math.max(1, n - WORDS_BEFORE); k--) {
    const t = before[k]!;
    if (t.stop) break;
    if (t.word !== "of" || !COUNT_NOUNS.has(before[k - 1]!.word)) continue;
    // The last noun of the phrase: "people arrested over …" → arrested; "Brenmoor homes without …" → homes.
    let noun: string | null = null;
    for (let j = k + 1; j < n && j <= k + 4; j++) {
      const w = before[j]!;
      if (w.stop || PHRASE_ENDS.has(w.word)) break;
      if (conceptOf(w.word)) return w.word;
      if (!/ed$/.test(w.word)) noun = w.word;
    }
    return noun;
  }
  return null;
}

/** The counted phrase's head: "cases of measles" → "cases", "influenza hospital admissions" → "admissions". */
function headOf(counted: string): string | null {
  const words: string[] = counted.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  const of = words.indexOf("of");
  // "2.1 million customers' data": the number counts the owners, not what they own.
  const owners = words.findIndex((w, i) => i < words.length - 1 && /s['’]$/.test(w));
  if (owners >= 0 && (of < 0 || owners < of)) return words[owners]!.slice(0, -1);
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head ?? null;
}

export function readQuantity(
  sentence: string,
  numberEnd: number,
  counted: string | null,
): Quantity {
  const read = readOwnQuantity(sentence, numberEnd, counted);
  if (read.concept || counted) return read;
  // A compared value with nothing of its own counts what the figure it is compared with counts: the noun
  // right after that figure ("48,000 tickets …, fewer than the 52,000"), or its quantity ("… to 517, up
  // from 412").
  const numeral = /[\w,.-]*$/.exec(sentence.slice(0, numberEnd))?.[0] ?? "";
  const before = tokens(sentence.slice(0, numberEnd - numeral.length));
  const j = comparedWith(before);
  if (j === null) return read;
  const attached = /^\s/.test(sentence.slice(before[j]!.end, before[j]!.end + 1));
  // The head of the noun phrase after it: "451 cancelled flights at …" → flights.
  const phrase: string[] = [];
  for (let k = j + 1; attached && k < before.length && k <= j + 3; k++) {
    const w = before[k]!;
    if (w.stop || PHRASE_ENDS.has(w.word) || (k > j + 1 && w.afterComma)) break;
    phrase.push(w.word);
  }
  return readOwnQuantity(sentence, before[j]!.end, phrase.length ? phrase.join(" ") : null);
}

function readOwnQuantity(sentence: string, numberEnd: number, counted: string | null): Quantity {
  const numeral = /[\w,.-]*$/.exec(sentence.slice(0, numberEnd))?.[0] ?? "";
  const before = tokens(sentence.slice(0, numberEnd - numeral.length));
  const afterText = sentence.slice(numberEnd);
  if (
    !counted &&
    BUILT_FOR.test(
      sentence.slice(Math.max(0, numberEnd - numeral.length - 30), numberEnd - numeral.length),
    )
  )
    return { concept: "capacity", who: null };
  const head = counted ? headOf(counted) : numberOfHead(before);
  // The counted phrase's words come right after the number; the event word is looked for past them.
  const after = tokens(afterText);
  const stated = head ? conceptOf(head) : null;
  if (stated) return { concept: stated, who: null };
  const countedWords = (counted?.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []).map(conceptOf);
  const inPhrase = countedWords.find((c) => c !== null);
  if (inPhrase) return { concept: inPhrase, who: null };
  const people = head !== null && (isPeopleNoun(head) || isRoleNoun(head));
  if (head && !people) {
    const event = eventOf(head, counted, before, after);
    return { concept: event ?? stem(head), who: null };
  }
  const event = nearestConcept(before, after);
  const who = head ? (isEveryone(head) || isRoleNoun(head) ? "people" : stem(head)) : null;
  if (event) return { concept: event, who };
  // "3,200 savers" and "3,200 investors", with nothing said of what happened to them: people.
  if (head && isRoleNoun(head)) return { concept: "people", who: null };
  return { concept: head ? stem(head) : null, who: null };
}

const AUXILIARIES = new Set(["were", "was", "had", "have", "has", "been", "being", "be"]);

/** The event a count of things counts, when its words say: "451 cancellations", "451 cancelled flights",
 * "the cancellation of 412 flights", "412 flights were cancelled" (event-root.ts). */
function eventOf(
  head: string,
  counted: string | null,
  before: Token[],
  after: Token[],
): string | null {
  const own = nominalRoot(head);
  if (own) return own;
  const words = counted?.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [head];
  for (const w of words.slice(0, -1)) {
    const root = participleRoot(w);
    if (root) return root;
  }
  // "the cancellation of 412 flights"
  const n = before.length;
  if (n >= 2 && before[n - 1]!.word === "of") {
    const root = nominalRoot(before[n - 2]!.word);
    if (root) return root;
  }
  // "412 flights were cancelled": past the counted words and an auxiliary or two.
  let k = words.length;
  while (k < after.length && k < words.length + 2 && AUXILIARIES.has(after[k]!.word)) k++;
  const next = after[k];
  return next && !next.stop ? participleRoot(next.word) : null;
}

/** The counted thing a count's verb gives it ("Complaints … have reached 4,800", "put weekly arrivals at
 * 1,310"), for a figure with no counted phrase of its own (see subject-count.ts). */
export function readSubjectCount(sentence: string, numberEnd: number): string | null {
  const numeral = /[\w,.-]*$/.exec(sentence.slice(0, numberEnd))?.[0] ?? "";
  return subjectCount(tokens(sentence.slice(0, numberEnd - numeral.length)));
}
