/**
 * Who gives a figure, read from its own sentence: the organisation or person that "said", "told",
 * "reported", "estimated", "put the toll at", "according to" … Pure and linear: the sentence is split
 * into words once and each attribution cue looks at a few words either side of it.
 */
const SAY_VERBS = new Set(
  `said says say told tells reported reports estimated estimates estimate confirmed confirms announced announces
  recorded records counted counts stated states added adds noted notes warned warns claimed claims admitted admits
  acknowledged acknowledges registered registers declared declares revealed reveals listed lists documented
  documents tallied tallies disclosed discloses assessed assesses revised revises updated updates`.split(
    /\s+/,
  ),
);
/** "said", "reports", "estimates": a verb that attributes a figure. */
export function isSayVerb(word: string): boolean {
  return SAY_VERBS.has(word.toLowerCase());
}

/** "put the toll at 130", "puts the number of arrests at 210". */
const PUT_VERBS = new Set(["put", "puts", "putting", "placed", "places"]);
/** Words that may sit between the source and its verb: "the agency has also said", "Veltro later said". */
const BETWEEN = new Set(
  `has have had also later separately then now previously earlier initially first again further had already would`.split(
    /\s+/,
  ),
);
/** Words that end a noun phrase read backwards from the verb: clause words, verbs, prepositions. */
const NOT_IN_SOURCE = new Set(
  `that which who whom whose and or but as while when where because if than so after before since until with without
  from into onto over under on in at by for to about against between during among through is are was were be been being
  it its this these those there here not no nor more most least some many much any each every other another such
  rose risen fell climbed reached killed died injured hit far would will could can may might should must`.split(
    /\s+/,
  ),
);
const DETERMINERS = new Set(["the", "a", "an"]);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;
const POSSESSIVES = new Map([
  ["its", "it"],
  ["their", "they"],
  ["his", "he"],
  ["her", "she"],
]);
const PRONOUNS = new Set(["it", "he", "she", "they", "we", "i", "you"]);
/** "We have counted 90 bodies," said …: the speaker is named elsewhere in the sentence. */
const FIRST_PERSON = new Set(["we", "i", "you"]);
const MAX_SOURCE_WORDS = 6;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", ".", ";"…), or "". */
  punct: string;
}

function words(sentence: string): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9][A-Za-z0-9'’.&-]*/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    let text = m[0];
    let punct = "";
    // A trailing full stop belongs to the sentence, unless the word is an abbreviation ("U.N.").
    if (text.endsWith(".") && !/^(?:[A-Z]\.)+$/.test(text)) {
      text = text.replace(/\.+$/, "");
      punct = ".";
    }
    const end = m.index + text.length;
    const next = sentence[end + punct.length] ?? "";
    if (!punct && /[,;:!?()"“”]/.test(next)) punct = next;
    out.push({ text, lower: text.toLowerCase().replace(/’/g, "'"), start: m.index, end, punct });
  }
  return out;
}

const capitalised = (w: Word) => /^[A-Z]/.test(w.text);

/** The noun phrase ending just before words[i] (exclusive), read backwards; null when there is none. */
function phraseBefore(ws: Word[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && BETWEEN.has(ws[j]!.lower) && !ws[j]!.punct) j--;
  const picked: Word[] = [];
  for (; j >= 0 && picked.length < MAX_SOURCE_WORDS; j--) {
    const w = ws[j]!;
    if (w.punct && picked.length) break;
    if (w.punct && w.punct !== "'" && w.punct !== "’") {
      if (picked.length === 0 && w.punct !== ")") return null;
    }
    // "116 credible reports": a number before the phrase makes the "verb" a counted noun.
    if (/^\d/.test(w.text)) return picked.length ? null : cleanSource(picked);
    // "Its report, published …, put": the owner is the source (see cleanSource).
    if (POSSESSIVES.has(w.lower)) {
      picked.unshift(w);
      break;
    }
    // A capitalised clause word starts the sentence ("In the same statement the association said"): it is
    // not part of a name.
    if (
      NOT_IN_SOURCE.has(w.lower) &&
      !(w.lower === "of" && picked.length) &&
      (!capitalised(w) || j === 0)
    )
      break;
    if (/ly$/.test(w.lower) && !capitalised(w) && w.lower.length > 4) break;
    if (WEEKDAYS.test(w.lower)) break;
    picked.unshift(w);
    // "the association": the noun phrase starts at its determiner.
    if (DETERMINERS.has(w.lower) && picked.length > 1) break;
  }
  return cleanSource(picked);
}

/** The noun phrase starting at words[i], read forwards (for "according to X", "said X", "by X"). */
function phraseAfter(ws: Word[], i: number): string | null {
  const picked: Word[] = [];
  for (let j = i; j < ws.length && picked.length < MAX_SOURCE_WORDS; j++) {
    const w = ws[j]!;
    if (/^\d/.test(w.text)) break;
    if (NOT_IN_SOURCE.has(w.lower) && w.lower !== "of" && !capitalised(w)) break;
    if (SAY_VERBS.has(w.lower)) break;
    picked.push(w);
    if (w.punct) break;
  }
  while (picked.length && ["of", "and"].includes(picked[picked.length - 1]!.lower)) picked.pop();
  return cleanSource(picked);
}

function cleanSource(picked: Word[]): string | null {
  const ws = picked.filter((w, k) => !(k === 0 && DETERMINERS.has(w.lower)));
  if (!ws.length) return null;
  const last = ws[ws.length - 1]!.lower;
  if (PRONOUNS.has(last)) return last;
  // "Its report", "their figures": the owner is the source, named in an earlier sentence.
  const owner = POSSESSIVES.get(ws[0]!.lower);
  if (owner) return owner;
  // A phrase of only small words ("on Monday" read wrongly) is not a source.
  if (!ws.some((w) => w.text.length > 2 || /^[A-Z]{2}$/.test(w.text))) return null;
  if (
    ws.every((w) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w.lower))
  )
    return null;
  return ws.map((w) => w.text).join(" ");
}

export interface Attribution {
  /** The source as written ("the state health agency" → "state health agency"); a pronoun when it is one. */
  name: string;
  /** Distance in characters from the figure to the cue, for choosing the nearest of several. */
  distance: number;
}

/** Every attribution in the sentence, nearest to the figure (at `position`) first. */
export function attributions(sentence: string, position = 0): Attribution[] {
  const ws = words(sentence);
  const found: Attribution[] = [];
  const add = (name: string | null, at: number, penalty = 0) => {
    if (name) found.push({ name, distance: Math.abs(at - position) + penalty });
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.lower === "according" && ws[i + 1]?.lower === "to") {
      // "according to figures released by the association": the source is the agent, not the figures.
      const by = agentAfter(ws, i + 2);
      add(phraseAfter(ws, by ?? i + 2), w.start);
      continue;
    }
    if (!SAY_VERBS.has(w.lower) && !PUT_VERBS.has(w.lower)) continue;
    // "spilled an estimated 700 tonnes", "the reported 40 deaths": an adjective, not a verb of saying.
    if (i > 0 && DETERMINERS.has(ws[i - 1]!.lower)) continue;
    if (PUT_VERBS.has(w.lower) && !putsAFigure(ws, i)) continue;
    // "reports of casualties", "an estimate of 7,000", "claimed the lives of": nouns and a toll, not a source.
    const next = ws[i + 1]?.lower;
    // "Manufacturing added 12,000 jobs": a verb of the figure, not of speech.
    if ((w.lower === "added" || w.lower === "adds") && !w.punct && /^\d/.test(next ?? "")) continue;
    if (
      !w.punct &&
      (next === "of" || next === "lives" || (next === "the" && ws[i + 2]?.lower === "lives"))
    )
      continue;
    if (ws[i + 1]?.lower === "by" && !w.punct) {
      // "not the 2,400 announced by the company": the agent speaks for the figure just before it only.
      const near =
        position <= w.start &&
        w.start - position < 40 &&
        !/\d/.test(sentence.slice(position, w.start));
      add(phraseAfter(ws, i + 2), w.start, near ? 0 : 1000);
      continue;
    }
    const previousWord = ws[i - 1];
    if (previousWord?.punct === "," || previousWord?.punct === '"' || !previousWord) {
      // "…, said the agency." / "…," said Jane Doe, a spokeswoman: the source follows the verb;
      // otherwise "Lindon's mayor, Ana Ferreira, said": an apposition ends just before the verb.
      const inverted = SAY_VERBS.has(w.lower) ? phraseAfterSaid(ws, i) : null;
      add(inverted ?? apposition(ws, i) ?? subjectBeforeAside(ws, i), w.start);
      continue;
    }
    add(phraseBefore(ws, i), w.start);
  }
  return found.sort((a, b) => a.distance - b.distance);
}

/** Where the agent starts in "figures released by X", a few words from `i`; null when there is no "by". */
function agentAfter(ws: Word[], i: number): number | null {
  for (let j = i; j < Math.min(ws.length - 1, i + 4); j++) {
    if (ws[j]!.lower === "by") return j + 1;
    if (ws[j]!.punct || /^\d/.test(ws[j]!.text)) return null;
  }
  return null;
}

/** "put the (death) toll/number/figure … at": a verb of estimating, not "put out a fire". */
function putsAFigure(ws: Word[], i: number): boolean {
  for (let j = i + 1; j < Math.min(ws.length, i + 14); j++) if (ws[j]!.lower === "at") return true;
  return false;
}

/** The source after "said", only when it is the whole rest of a clause ("said the agency." but not
 * "said the loss of 2,400 jobs …"). */
function phraseAfterSaid(ws: Word[], i: number): string | null {
  const next = ws[i + 1];
  if (!next || ws[i]!.punct === "." || ws[i]!.punct === ";") return null;
  if (!capitalised(next) && !DETERMINERS.has(next.lower)) return null;
  const name = phraseAfter(ws, i + 1);
  if (!name) return null;
  const last = ws[i + name.split(" ").length + (DETERMINERS.has(next.lower) ? 1 : 0)];
  return last && last.punct ? name : ws.length <= i + 1 + name.split(" ").length + 1 ? name : null;
}

/** "The ministry, which expects the work to take 6 months, said": the subject before an aside set off
 * by commas. Looks back a dozen words at most. */
function subjectBeforeAside(ws: Word[], i: number): string | null {
  for (let k = i - 2; k >= Math.max(0, i - 14); k--) {
    const w = ws[k]!;
    if (!w.punct) continue;
    if (w.punct !== ",") return null;
    // The aside's comma ends the subject: read the subject as if it were not there.
    return phraseBefore([...ws.slice(0, k), { ...w, punct: "" }], k + 1);
  }
  return null;
}

/** "X, Y, said": the phrase between the two commas before the verb. */
function apposition(ws: Word[], i: number): string | null {
  const last = ws[i - 1];
  if (!last || last.punct !== ",") return null;
  const picked: Word[] = [last];
  for (let j = i - 2; j >= 0 && picked.length < MAX_SOURCE_WORDS && !ws[j]!.punct; j--)
    picked.unshift(ws[j]!);
  return capitalised(picked[0]!) ? cleanSource(picked) : null;
}

/** The source of the figure ending at `position` in `sentence`; a pronoun ("it said") is resolved from
 * the sentence before (`previous`). Null when the sentence attributes the figure to no one. */
export function saidBy(sentence: string, position = 0, previous = ""): string | null {
  const found = attributions(sentence, position).filter((a) => !FIRST_PERSON.has(a.name));
  const named = found.find((a) => !PRONOUNS.has(a.name));
  const nearest = named?.name ?? found[0]?.name ?? null;
  if (nearest && PRONOUNS.has(nearest)) {
    const earlier = previous ? attributions(previous, previous.length)[0]?.name : undefined;
    return earlier && !PRONOUNS.has(earlier) ? earlier : null;
  }
  return nearest;
}

/** A comparable key: case-folded, possessives and determiners dropped ("The Agency's" → "agency"). */
export function sourceKey(name: string): string {
  let key = sourceKeys.get(name);
  if (key === undefined) {
    // Compared for every scored pair: each name is keyed once (the cache is bounded).
    if (sourceKeys.size > 10_000) sourceKeys.clear();
    key = computeSourceKey(name);
    sourceKeys.set(name, key);
  }
  return key;
}

const sourceKeys = new Map<string, string>();

function computeSourceKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !DETERMINERS.has(w))
    .join(" ");
}

/** One source named two ways: the same key, or the same head word with one name's words inside the
 * other's ("the agency" / "the state health agency", "officials" / "health officials"). */
export function sameSource(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = sourceKey(a).split(" ");
  const y = sourceKey(b).split(" ");
  if (x.join(" ") === y.join(" ")) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}
