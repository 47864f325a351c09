/**
 * What a figure counts when the counted thing is the subject or object of the verb that gives it, not a
 * noun next to the number: "Complaints to the regulator have reached 4,800", "Unaccompanied children
 * numbered 310", "the agency put weekly arrivals at 1,310", "the backlog stood at 3,200". Returns the head
 * noun as written (lower case), or null. Reads back from the number to the start of its clause: constant work.
 */
type Word = { word: string; stop: boolean; afterComma: boolean };

/** Verbs that give a figure to their subject: "X reached / numbered / totalled N". */
const REACH = new Set(
  `reach reached reaches numbered number numbers totalled totaled totals total topped tops hit hits`.split(
    " ",
  ),
);
/** Verbs that give a figure through a preposition: "X stood at N", "X rose to N". */
const MOVE = new Set(
  `stood stands stand rose rises risen climbed climbs grew grows grown increased increases fell falls fallen
  dropped drops declined declines jumped jumps swelled surged came`.split(/\s+/),
);
/** Words between the number and the verb: "rose to about 4,800", "stood at nearly". */
const NEAR_NUMBER = new Set(
  `to at about around some nearly almost roughly approximately over more than just an estimated least`.split(
    /\s+/,
  ),
);
/** Words between the subject and the verb: "have now reached", "had already numbered". */
const AUX = new Set(`has have had now already also later since then again further yet`.split(" "));
/** Words that end the subject's head read forwards: prepositions and clause words. */
const AFTER_HEAD = new Set(
  `to of in on at for from about about over under with by into across after during against among that which who whose
  and or`.split(/\s+/),
);
const DETERMINERS = new Set(
  `the a an its their his her our this that these those all some`.split(" "),
);
const PUT = new Set(["put", "puts", "putting", "placed", "places"]);
const CLAUSE_STARTS = new Set([
  "and",
  "but",
  "while",
  "whereas",
  "although",
  "that",
  "which",
  "who",
  "as",
  "when",
]);
/** Words that are not a counted thing ("the figure", "the number": "the number of …" is read elsewhere). */
const NOT_COUNTED = new Set(
  `number figure figures total toll count tally it they this that which what estimate estimates`.split(
    /\s+/,
  ),
);

export function subjectCount(before: Word[]): string | null {
  let k = before.length - 1;
  let skipped = 0;
  while (k >= 0 && NEAR_NUMBER.has(before[k]!.word) && skipped < 4) {
    k--;
    skipped++;
  }
  const verb = before[k];
  if (!verb || verb.stop) return null;
  // "put weekly arrivals at 1,310": the object between "put" and "at".
  if (before[k + 1]?.word === "at" || (skipped && before[k + 1]?.word === "at")) {
    for (let j = k; j >= Math.max(0, k - 6); j--) {
      const w = before[j]!;
      if (w.stop) break;
      if (PUT.has(w.word)) return headOf(before.slice(j + 1, k + 1));
    }
  }
  const gives =
    REACH.has(verb.word) || (MOVE.has(verb.word) && /^(?:to|at)$/.test(before[k + 1]?.word ?? ""));
  if (!gives) return null;
  let end = k - 1;
  while (end >= 0 && AUX.has(before[end]!.word)) end--;
  // The subject runs back to the start of the clause.
  let start = end;
  while (start > 0) {
    const w = before[start]!;
    if (w.afterComma) break;
    const prev = before[start - 1]!;
    if (prev.stop || CLAUSE_STARTS.has(prev.word)) break;
    start--;
  }
  if (end < 0 || before[start]?.stop) return null;
  return headOf(before.slice(start, end + 1));
}

/** The head of a noun phrase read forwards: the last word before a preposition or clause word. */
function headOf(phrase: Word[]): string | null {
  let head: string | null = null;
  for (const w of phrase) {
    if (w.stop) return null;
    if (AFTER_HEAD.has(w.word)) break;
    if (DETERMINERS.has(w.word) || /['’]s?$/.test(w.word) || /^\d/.test(w.word)) {
      head = null;
      continue;
    }
    head = w.word;
  }
  if (!head || head.length < 3 || NOT_COUNTED.has(head)) return null;
  return head;
}
