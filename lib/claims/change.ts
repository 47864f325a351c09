import * as textScanModule from "./text-scan";
import type { Change, ClaimKind } from "./types";
import * as functionWordsModule from "./function-words";
import { WordTable, unionOf, wordSet } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { isSpace, letterRunEnd, letterRunStart, skipSpaces, skipSpacesBack } = textScanModule;
const { FUNCTION_WORDS } = functionWordsModule;

/**
 * Which way a figure moved, read from the few words around it: a verb or noun of movement
 * ("rose 4.1%", "cut by 3%", "a 6.5% drop", "up 2%", "closed 1.2% lower"), a sign ("+0.4%"), or the
 * figure before it in the same clause ("rose 4.1% to 212p", "fell from 3.1% to 2.9%"). Only words
 * next to an accepted claim are read, so the cost is constant per claim.
 */

/** Verbs that move a level with no object: "sales rose 4%" is a rise of 4%. */
const INTRANSITIVE = movements(
  "up",
  "rose rise rises rising risen grew grow grows growing grown climbed climb climbs climbing jumped jump jumps " +
    "jumping gained gain gains gaining surged surge surges surging soared soar soars soaring rallied rally " +
    "rallies advanced advances rebounded rebound rebounds spiked spike spikes leapt leaped leap leaps widened " +
    "widen widens firmed expanded expand expands accelerated swelled ballooned mounted edged increased " +
    "increase increases increasing up higher",
  "down",
  "fell fall falls falling fallen dropped drop drops dropping declined decline declines declining decreased " +
    "decrease decreases decreasing slipped slip slips slid slide slides sliding sank sink sinks sunk tumbled " +
    "tumble tumbles plunged plunge plunges plummeted plummet slumped slump slumps shrank shrink shrinks shrunk " +
    "contracted contract eased ease eases dipped dip dips lost lose loses losing narrowed narrow narrows " +
    "weakened dived dove crashed collapsed retreated down lower",
);
/** Verbs that take an object: "cut 4,000 jobs" counts jobs; "cut rates by 0.25 points" moves a level. */
const TRANSITIVE = movements(
  "up",
  "raised raise raises raising boosted boost boosts hiked hike hikes lifted lift lifts added add adds upped " +
    "extended extend extends extending",
  "down",
  "cut cuts cutting reduced reduce reduces reducing lowered lowers lowering slashed slash slashes trimmed " +
    "trim trims shed sheds axed",
);
/** Nouns of movement: "a rise of 3%", "a 6.5% drop". */
const NOUNS = movements(
  "up",
  "rise rises increase increases jump jumps gain gains growth surge hike hikes climb boost rebound uptick " +
    "upturn expansion",
  "down",
  "fall falls drop drops decline declines decrease decreases cut cuts loss losses slump dip reduction " +
    "contraction slide plunge downturn",
);
/** Verbs that move a figure without saying which way: the direction comes from the two levels. */
const NEUTRAL = wordSet("changed moved went shifted swung change move go");
/** Words after the figure that say which way it moved: "2.4% higher", "12 fewer". */
const AFTER = new WordTable<Change>([
  ["higher", "up"],
  ["up", "up"],
  ["lower", "down"],
  ["down", "down"],
  ["fewer", "down"],
]);

function movements(up: Change, upWords: string, down: Change, downWords: string) {
  const entries = (change: Change, words: string) =>
    words.split(/\s+/).flatMap((word) => (word ? [[word, change] as const] : []));
  return new WordTable<Change>([...entries(up, upWords), ...entries(down, downWords)]);
}

function isLossWord(lower: string, begin: number, end: number): boolean {
  return lower.startsWith("loss", begin) && (end - begin === 4 || end - begin === 6);
}

/** Words that may stand between a verb and its figure: "rose by", "fell to", "cut by about". */
const LINKS = wordSet("by to at of from a an some nearly almost just only");

export interface ChangeContext {
  lower: string;
  /** Where the claim's own words start (qualifier, currency, sign) and where its figure and unit end. */
  start: number;
  figureEnd: number;
  kind: ClaimKind;
  unit: string | null;
  /** The character right before the number: '+' or '-' as a sign. */
  sign: "+" | "-" | null;
}

export interface ChangeReading {
  readonly change: Change | null;
  /** The claim opens "from X": the next figure after "to" is the level X moved to. */
  readonly opensFrom: Change | "neutral" | null;
}

function isRate(kind: ClaimKind, unit: string | null): boolean {
  return kind === "percent" || unit === "points";
}

/** A verb of movement, either kind: "risen", "fell", "cut". */
export function isMovementVerb(lower: string, start: number, end: number): boolean {
  return MOVEMENT_VERBS.has(lower, start, end);
}

const MOVEMENT_VERBS = unionOf(INTRANSITIVE, TRANSITIVE);

/** The movement word right before `start`, skipping a link word ("rose by", "a rise of"). */
function verbBefore(lower: string, start: number, rate: boolean): Change | "neutral" | null {
  let end = skipSpacesBack(lower, start);
  let begin = letterRunStart(lower, end);
  let linked = false;
  let byOrTo = false;
  for (let hops = 0; hops < 2 && LINKS.has(lower, begin, end); hops++) {
    linked = true;
    byOrTo = end - begin === 2 && (lower.startsWith("by", begin) || lower.startsWith("to", begin));
    end = skipSpacesBack(lower, begin);
    begin = letterRunStart(lower, end);
  }
  if (begin === end) return null;
  const intransitive = INTRANSITIVE.get(lower, begin, end);
  // "ticked up to 4.3%": an "up" or "down" that leads to the figure through "to" is its direction.
  if (intransitive) return !byOrTo && isParticle(lower, begin, end) ? null : intransitive;
  const transitive = linked || rate ? TRANSITIVE.get(lower, begin, end) : undefined;
  if (transitive) return transitive;
  const noun = linked ? NOUNS.get(lower, begin, end) : undefined;
  // "a net loss of $412 million": a loss of money is an amount lost, not a fall; a loss of a rate
  // ("a loss of 3%") is a fall.
  if (noun && (rate || !isLossWord(lower, begin, end))) return noun;
  if (NEUTRAL.has(lower, begin, end)) return "neutral";
  // "cut the journey time by 40 minutes", "raised its forecast to 2.1%": a short object between.
  return byOrTo ? transitiveAcrossObject(lower, begin) : null;
}

/** Words an object may open with: "cut [the] time", "raised [its] forecast". */
const OBJECT_DETERMINERS = wordSet("the a an its their his her our this that these those");

/** A verb that takes an object, up to three plain words before `objectEnd`'s word. */
function transitiveAcrossObject(lower: string, lastWordStart: number): Change | null {
  let begin = lastWordStart;
  for (let words = 0; words < 3; words++) {
    // Only spaces between the words: a comma or bracket ends the clause.
    if (lower.charCodeAt(begin - 1) !== 32) return null;
    const end = begin - 1;
    begin = letterRunStart(lower, end);
    if (begin === end) return null;
    const verb = TRANSITIVE.get(lower, begin, end);
    if (verb) return verb;
    if (FUNCTION_WORDS.has(lower, begin, end) && !OBJECT_DETERMINERS.has(lower, begin, end))
      return null;
  }
  return null;
}

/**
 * "handed down 214 orders", "made up 28% of sales": an "up" or "down" after a verb it belongs to
 * is a particle, not a movement. Verbs that end a trading level ("closed up 2%") keep it.
 */
function isParticle(lower: string, begin: number, end: number): boolean {
  const length = end - begin;
  const isUpDown =
    (length === 2 && lower.startsWith("up", begin)) ||
    (length === 4 && lower.startsWith("down", begin));
  if (!isUpDown || lower.charCodeAt(begin - 1) !== 32) return false;
  const hostEnd = begin - 1;
  const hostStart = letterRunStart(lower, hostEnd);
  if (hostEnd - hostStart < 3) return false;
  if (LEVEL_ENDINGS.has(lower, hostStart, hostEnd)) return false;
  return lower.startsWith("ed", hostEnd - 2) || PARTICLE_VERBS.has(lower, hostStart, hostEnd);
}

/** Verbs after which "up 2%" / "down 2%" is where a level ended. */
const LEVEL_ENDINGS = wordSet(
  "closed ended finished opened traded started stood was were is are been be came comes",
);
/** Common irregular verbs that take "up"/"down" as a particle ("made up", "shut down", "set up"). */
const PARTICLE_VERBS = wordSet(
  "make makes made making set sets put puts take takes took taken give gives gave given shut shuts " +
    "break breaks broke broken wind winds wound bring brings brought hold holds held step steps " +
    "sign signs split splits pick picks tie ties",
);
/** "a 6.5% drop", "a 4% pay rise", "2.4% higher": a movement word right after the figure. */
function nounAfter(lower: string, end: number): Change | null {
  const firstStart = skipSpaces(lower, end);
  const firstEnd = letterRunEnd(lower, firstStart);
  const first = AFTER.get(lower, firstStart, firstEnd) ?? NOUNS.get(lower, firstStart, firstEnd);
  if (first) return first;
  // One modifier between ("pay rise", "price cut"), never across a clause.
  if (firstEnd - firstStart < 3 || lower.charCodeAt(firstEnd) !== 32) return null;
  const secondStart = skipSpaces(lower, firstEnd);
  const secondEnd = letterRunEnd(lower, secondStart);
  if (lower.charCodeAt(secondEnd) === 45) return null;
  return NOUNS.get(lower, secondStart, secondEnd) ?? null;
}

/**
 * "a 47-year low", "a three-week rally": a duration joined to its unit by a hyphen modifies the noun
 * after it, and says how long, not how far anything moved; a verb before it ("fell to a 47-year low")
 * moves the level the noun names, not this figure.
 */
function isAttributiveDuration(lower: string, start: number, figureEnd: number): boolean {
  for (let i = start; i < figureEnd - 1; i++)
    if (lower.charCodeAt(i) === 45 && isLetter(lower.charCodeAt(i + 1))) return true;
  return false;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function readChange(context: ChangeContext): ChangeReading {
  const { lower, start, figureEnd, kind, unit, sign } = context;
  if (kind === "duration" && isAttributiveDuration(lower, start, figureEnd)) return LEVEL;
  const rate = isRate(kind, unit);
  const beforeEnd = skipSpacesBack(lower, start);
  const beforeStart = letterRunStart(lower, beforeEnd);
  if (beforeEnd - beforeStart === 4 && lower.startsWith("from", beforeStart)) {
    // "fell from 3.1% to 2.9%": this is the starting level; the verb's direction goes to the next figure.
    const verb = verbBefore(lower, beforeStart, true);
    return verb === "up" ? OPENS_UP : verb === "down" ? OPENS_DOWN : OPENS_NEUTRAL;
  }
  const verb = verbBefore(lower, start, rate);
  if (verb === "up" || verb === "down") return readingOf(verb);
  if (sign === "+") return MOVED_UP;
  if (sign === "-" && rate) return MOVED_DOWN;
  return readingOf(nounAfter(lower, figureEnd));
}

/** The few readings there are, made once: one is read for every claim and none is changed. */
const MOVED_UP: ChangeReading = { change: "up", opensFrom: null };
const MOVED_DOWN: ChangeReading = { change: "down", opensFrom: null };
const LEVEL: ChangeReading = { change: null, opensFrom: null };
const OPENS_UP: ChangeReading = { change: null, opensFrom: "up" };
const OPENS_DOWN: ChangeReading = { change: null, opensFrom: "down" };
const OPENS_NEUTRAL: ChangeReading = { change: null, opensFrom: "neutral" };

function readingOf(change: Change | null): ChangeReading {
  return change === "up" ? MOVED_UP : change === "down" ? MOVED_DOWN : LEVEL;
}

/** What a figure inherits from the claim just before it in the same clause. */
export interface PreviousClaim {
  end: number;
  value: number;
  change: Change | null;
  opensFrom: Change | "neutral" | null;
}

/** The gap between two figures, if it is short and holds no clause break. */
function gapWords(lower: string, from: number, to: number, limit: number): string | null {
  if (to < from || to - from > limit) return null;
  for (let i = from; i < to; i++) {
    const code = lower.charCodeAt(i);
    if (code === 46 || code === 59 || code === 58 || code === 10) return null;
  }
  return lower.slice(from, to);
}

const TO_GAP = /^[ ,]*(?:(?:higher|lower|up|down)[ ]+)?(?:to|at)[ ]+$/;
const FROM_GAP = /^[ ,]*(?:(up|down)[ ]+)?from[ ]+$/;
/** "fell from 3,200 a week to 1,900": a few words may follow the starting level before "to". */
const FROM_TO_GAP = /(?:^|[ ])to[ ]+$/;

/**
 * Links this figure to the previous one: "rose 4.1% to 212p" (212p moved up too), "from X to Y"
 * (Y moved from X), "to 2.9% from 3.1%" and ", down from 71%" (the previous figure started at this one).
 * Returns the fields to set on this claim and, when this figure is a starting level, on the previous one.
 */
export function linkToPrevious(
  lower: string,
  previous: PreviousClaim,
  start: number,
  value: number,
): {
  change?: Change | null;
  from?: number | null;
  previousFrom?: number;
  previousChange?: Change;
} | null {
  const gap = gapWords(lower, previous.end, start, 40);
  if (gap === null) return null;
  if (previous.opensFrom !== null && FROM_TO_GAP.test(gap)) {
    const change =
      previous.opensFrom === "neutral"
        ? value > previous.value
          ? "up"
          : value < previous.value
            ? "down"
            : null
        : previous.opensFrom;
    return { change, from: previous.value };
  }
  if (gap.length > 20) return null;
  if (previous.change !== null && TO_GAP.test(gap)) return { change: previous.change, from: null };
  const from = FROM_GAP.exec(gap);
  if (from && (previous.change !== null || from[1])) {
    return {
      change: null,
      from: null,
      previousFrom: value,
      previousChange: (from[1] as Change | undefined) ?? previous.change ?? undefined,
    };
  }
  return null;
}

export function signBefore(text: string, numberStart: number): "+" | "-" | null {
  const code = text.charCodeAt(numberStart - 1);
  const before = numberStart >= 2 ? text.charCodeAt(numberStart - 2) : 32;
  if (!(isSpace(before) || before === 40 || before === 10 || Number.isNaN(before))) return null;
  if (code === 43) return "+";
  if (code === 45 || code === 0x2212) return "-";
  return null;
}
