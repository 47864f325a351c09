import type { ClaimProfile } from "./profile";
import type { SuggestedRelation } from "./types";
import { formatNumber } from "@/lib/format";
import { sameSource } from "./said-by";
import { scopesConflict } from "./scope";
import { disjointGroups, isRunningTotal } from "./quantity-words";
import { contrastingModifiers } from "./modifiers";
import { isPartOfCountry } from "./entities";
import { periodsConflict, samePeriod } from "./figure-period";

/** Below this a candidate is not worth a checker's look (see stories.test.ts for what it gives). */
export const MIN_SCORE = 0.6;
/** Candidates are looked up within this factor of the value either way (an index range). */
export const VALUE_WINDOW = 25;
/** How far apart (a factor) two reports of a quantity that does not keep growing may be. */
const SPREAD = 2.5;
/** Two sources giving different values within this many days disagree; further apart, one updates. */
const SAME_TIME_DAYS = 3;

export interface PairScore {
  score: number;
  relation: SuggestedRelation;
  reason: string;
  /** What the two share, kept so the other side's view can be explained without scoring again. */
  shared?: { names: string[]; words: string[]; years: number | null };
}

/** Weights of the evidence that two figures measure one quantity (sum 1). */
const W = { concept: 0.3, names: 0.2, words: 0.3, date: 0.05, value: 0.15 };

/** Sentences that name two parts of a breakdown ("food prices" / "consumer prices") rarely give one figure. */
const CONTRAST = 0.6;
/** "Holt won 48,210 votes" and "Marn received 46,002 votes": each figure is its own name's. */
const OTHER_OWNER = 0.6;
/** The same named source on both sides counts as this many shared topic words. */
const SAME_SOURCE = 0.5;
/** Both figures stated for one month, quarter or year count as this many shared topic words. */
const SAME_PERIOD = 1;
/** A word shared only through the text around the sentences counts this much. */
const AROUND = 0.25;

/** Names of the people counted that include everyone ("people", or unstated). */
const everyone = (who: string | null) => who === null || who === "people";

/** How likely `b` measures the same quantity as `a`, which relation links them, and why. Null when
 * they cannot be the same quantity (different kind, unit, concept, or different groups of people). */
export function scorePair(a: ClaimProfile, b: ClaimProfile): PairScore | null {
  if (a.claim.kind !== b.claim.kind || (a.claim.unit ?? null) !== (b.claim.unit ?? null))
    return null;
  const ratio =
    Math.max(a.claim.value, b.claim.value) / Math.max(1e-9, Math.min(a.claim.value, b.claim.value));
  if (!(ratio <= VALUE_WINDOW * 1.0001)) return null;
  if (a.concept !== b.concept) return null;
  // A toll or a case count can grow many times over between reports, and one source may revise its own
  // figure as far ("88,000 homes without power" → "35,000"); two reports of any other count are rarely
  // this far apart: "300,000" and "2.1 million" customers are a part and the whole, not two reports.
  if (ratio > SPREAD && !isRunningTotal(a.concept) && !sameSource(a.saidBy, b.saidBy)) return null;
  // "14 fans died" and "17 people died" can be one toll; "6 children" and "9 soldiers" cannot.
  if (!everyone(a.who) && !everyone(b.who) && a.who !== b.who) return null;
  if (disjointGroups(a.who, b.counted) || disjointGroups(b.who, a.counted)) return null;
  // A group listed beside other figures ("617 women … 861 children") is a breakdown, not the toll.
  if (a.who !== b.who && ((!everyone(a.who) && a.narrowed) || (!everyone(b.who) && b.narrowed)))
    return null;
  // "in Syria" against "in Iraq and Syria", both read from the sentences: two scopes, two quantities.
  if (a.placesStated && b.placesStated && !sameScopePlaces(a.places, b.places)) return null;
  // "in the northern province of Vell" against a text that never names it: a part, not the whole.
  if (placeUnsaid(a, b) || placeUnsaid(b, a)) return null;
  // A toll "since 2014" is not the toll of "a single raid" or of "just two days".
  if (scopesConflict(a.scope, b.scope)) return null;
  // "credible reports" and "open reports", "confirmed" and "suspected cases": different subsets.
  if (a.status && b.status && a.status !== b.status) return null;
  // "up from 82,100 last year" is another year's figure.
  if (a.lastYear !== b.lastYear) return null;
  // "added 12,000 jobs" and "will cut 12,000 jobs"; "forecasts of 30,000" and the 42,000 reported.
  if (a.direction && b.direction && a.direction !== b.direction) return null;
  if (a.expected !== b.expected) return null;
  // "8.2 million tonnes of wheat" and "3.4 million tonnes of maize"; "on health" and "on defence".
  if (a.of !== null && b.of !== null && !alike(a.of, b.of)) return null;
  // "42,000 jobs in October" and "21,000 in September", "next year's" and "this year's" budget line.
  if (periodsConflict(a.period, b.period, isRunningTotal(a.concept))) return null;
  // "thousands were killed" gives an order of magnitude, not a figure to link.
  if (a.vague || b.vague) return null;
  const whoFactor = a.who === b.who || (everyone(a.who) && everyone(b.who)) ? 1 : 0.85;
  const conceptScore = a.concept ? 1 : 0.4;

  const sharedNames: string[] = [];
  for (const n of a.names) if (hasAlike(b.names, n)) sharedNames.push(n);
  const namesDiffer = !sharedNames.length && a.names.size > 0 && b.names.size > 0;
  const nameScore = sharedNames.length >= 2 ? 1 : sharedNames.length ? 0.75 : 0.25;
  const oneSource = sameSource(a.saidBy, b.saidBy);
  const shared: string[] = [];
  let sharedAround = 0;
  for (const [key, word] of a.words) {
    if (hasAlike(b.words, key)) shared.push(word);
    else if (hasAlike(b.around, key)) sharedAround++;
  }
  for (const key of a.around.keys())
    if (hasAlike(b.words, key) || hasAlike(b.around, key)) sharedAround++;
  // The source's words are kept out of the topic words (two outlets quoting one agency are not one
  // topic); the same source named on both sides is evidence of its own.
  const sharedWeight =
    shared.length +
    AROUND * sharedAround +
    (oneSource ? SAME_SOURCE : 0) +
    // Both given for the same month or quarter ("in October"): one report's figure, most likely.
    (samePeriod(a.period, b.period) ? SAME_PERIOD : 0);
  const wordScore = Math.min(sharedWeight, 3) / 3;
  // "Holt won 48,210 votes, ahead of Marn with 45,930": each figure belongs to the name just before it.
  // Places and sources are not read as owners (profile.ts), so two different owners are two figures.
  const ownNamesDiffer = a.ownName !== null && b.ownName !== null && !alike(a.ownName, b.ownName);

  const dy = a.years !== null && b.years !== null ? Math.abs(a.years - b.years) : null;
  const dateScore = dy === null ? 0.4 : 1 / (1 + dy / 3);
  const valueScore = Math.max(0, 1 - Math.log10(ratio));
  const placesDiffer =
    a.places.size > 0 && b.places.size > 0 && !sameScopePlaces(a.places, b.places);
  const score =
    (W.concept * conceptScore +
      W.names * nameScore +
      W.words * wordScore +
      W.date * dateScore +
      W.value * valueScore) *
    whoFactor *
    // Both name what they are about and share no name: most likely another place or event.
    (namesDiffer ? 0.7 : 1) *
    // Nothing of the topic in common (the disease, the event): most likely another story.
    (sharedWeight > 0 ? 1 : 0.8) *
    (ownNamesDiffer ? OTHER_OWNER : 1) *
    (placesDiffer ? 0.7 : 1) *
    // One event's figure is rarely another article's figure unless that one names the event too.
    (oneEventOnly(a, b) ? 0.85 : 1) *
    // Both say what they cover, and it is the same ("since 2014" / "so far"): evidence of one quantity.
    (a.scope.shape && a.scope.shape === b.scope.shape ? 1.1 : 1) *
    (a.narrowed || b.narrowed ? 0.85 : 1);
  // "primary schools" against "secondary schools": two parts of one breakdown. Looked at only when the
  // pair would be kept otherwise (every caller drops pairs under MIN_SCORE): most pairs are not.
  const contrast = score >= MIN_SCORE && contrastingModifiers(a, b) !== null;

  const rounded = Math.round(Math.min(1, score * (contrast ? CONTRAST : 1)) * 1000) / 1000;
  // Building the explanation costs more than the score: only for pairs worth showing.
  const reason = rounded >= MIN_SCORE ? reasonFor(a, b, sharedNames, shared) : "";
  return {
    score: rounded,
    relation: relationFor(a, b, dy),
    reason,
    shared: { names: sharedNames, words: shared, years: dy },
  };
}

/** The same link seen from `b`: the score of the pair (the evidence is what both share), the relation
 * and the reason from b's side. Saves scoring every kept pair twice. */
export function mirrorPair(a: ClaimProfile, b: ClaimProfile, forward: PairScore): PairScore {
  const shared = forward.shared ?? { names: [], words: [], years: null };
  return {
    score: forward.score,
    relation: relationFor(b, a, shared.years),
    reason: reasonFor(b, a, shared.names, shared.words),
  };
}

/** One word for one thing: the same, or one a longer form of the other ("Syria"/"Syrian",
 * "quake"/"earthquake", "fire"/"wildfire"), for words of at least four letters. */
function alike(x: string, y: string): boolean {
  if (x === y) return true;
  // No destructuring here: this runs thousands of times per article.
  if (x.length <= y.length) return x.length >= 4 && (y.startsWith(x) || y.endsWith(x));
  return y.length >= 4 && (x.startsWith(y) || x.endsWith(y));
}

type Words = Set<string> | Map<string, string>;

/** Every start and end (four letters or more) of a set's words, so "is some word alike" is a few
 * lookups instead of a walk over the set: the scorer asks it thousands of times per article. */
const affixesOf = new WeakMap<Words, Set<string>>();
const INDEX_FROM = 6;

function affixes(set: Words): Set<string> {
  let index = affixesOf.get(set);
  if (!index) {
    index = new Set();
    for (const w of set.keys())
      for (let n = 4; n < w.length; n++) {
        index.add(w.slice(0, n));
        index.add(w.slice(w.length - n));
      }
    affixesOf.set(set, index);
  }
  return index;
}

function hasAlike(set: Words, word: string): boolean {
  if (set.has(word)) return true;
  // Alike needs the shorter word to have four letters at least.
  if (word.length < 4) return false;
  if (set.size < INDEX_FROM) {
    for (const other of set.keys()) if (other.length >= 4 && alike(other, word)) return true;
    return false;
  }
  // A longer word of the set starts or ends with this one...
  if (affixes(set).has(word)) return true;
  // ...or this one starts or ends with a word of the set.
  for (let n = 4; n < word.length; n++)
    if (set.has(word.slice(0, n)) || set.has(word.slice(word.length - n))) return true;
  return false;
}

/** `a` sets its figure in a part of the country its sentence names ("in the capital"), and nothing `b`
 * reads (its sentence, title, lead) mentions that part: a region's figure is not the nation's. */
function placeUnsaid(a: ClaimProfile, b: ClaimProfile): boolean {
  if (!a.placesStated || b.placesStated) return false;
  for (const place of a.places) {
    if (!isPartOfCountry(place)) return false;
    for (const word of place.split(" "))
      if (hasAlike(b.names, word) || hasAlike(b.words, word) || hasAlike(b.around, word))
        return false;
  }
  return true;
}

function oneEventOnly(a: ClaimProfile, b: ClaimProfile): boolean {
  return (a.scope.shape === "event") !== (b.scope.shape === "event");
}

/** One place named two ways: "Syria"/"Syrian", or a longer form ("Corran" / "Corran County"). */
function samePlace(p: string, q: string): boolean {
  if (p === q) return true;
  const short = (p.length <= q.length ? p : q).split(" ");
  const long = (p.length <= q.length ? q : p).split(" ");
  return short.every((w) => long.some((v) => alike(v, w)));
}

function coveredBy(x: Set<string>, y: Set<string>): boolean {
  for (const p of x) {
    let found = false;
    for (const q of y) if ((found = samePlace(p, q))) break;
    if (!found) return false;
  }
  return true;
}

/** The same places: each name of one is a name of the other. */
function sameScopePlaces(x: Set<string>, y: Set<string>): boolean {
  return coveredBy(x, y) && coveredBy(y, x);
}

/** Same value: one figure. The same source with another value later: an update. Two sources with
 * different values at about the same time: they disagree; further apart, the later one updates. */
export function relationFor(
  a: ClaimProfile,
  b: ClaimProfile,
  dy: number | null,
): SuggestedRelation {
  if (a.claim.value === b.claim.value) return "same_figure";
  const days = dy === null ? null : dy * 365;
  if (sameSource(a.saidBy, b.saidBy))
    return days === null || days > 0.5 ? "updates" : "contradicts";
  if (a.saidBy && b.saidBy)
    return days !== null && days <= SAME_TIME_DAYS ? "contradicts" : "updates";
  // Unknown sources: a couple of months or more apart (or undated) is most likely a later count.
  if (days === null || days > 55) return "updates";
  return "contradicts";
}

function yearLabel(p: ClaimProfile): string {
  if (!p.claim.date.date) return "undated";
  return (p.claim.date.inferred ? "≈" : "") + p.claim.date.date.slice(0, 10);
}

function reasonFor(
  a: ClaimProfile,
  b: ClaimProfile,
  sharedNames: string[],
  shared: string[],
): string {
  const parts: string[] = [];
  if (b.counted) parts.push(`same ${b.concept ?? "counted thing"} ('${b.counted}')`);
  else if (b.concept) parts.push(`same ${b.concept}`);
  else parts.push("counted thing unstated");
  if (sharedNames.length) parts.push(`both name ${sharedNames.slice(0, 3).join("/")}`);
  if (shared.length) parts.push(`shared words ${shared.slice(0, 4).join("/")}`);
  if (a.saidBy || b.saidBy)
    parts.push(
      sameSource(a.saidBy, b.saidBy)
        ? `both from ${b.saidBy}`
        : `${a.saidBy ?? "unattributed"} vs ${b.saidBy ?? "unattributed"}`,
    );
  if (a.places.size && b.places.size && !sameScopePlaces(a.places, b.places)) {
    parts.push(`places differ (${[...a.places].join("+")} vs ${[...b.places].join("+")})`);
  }
  if (a.narrowed || b.narrowed) parts.push("another figure in the sentence narrows it");
  parts.push(`${yearLabel(a)} → ${yearLabel(b)}`);
  if (a.claim.value !== b.claim.value)
    parts.push(`${formatNumber(a.claim.value)} vs ${formatNumber(b.claim.value)}`);
  return parts.join(", ");
}
