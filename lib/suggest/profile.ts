import { contextWords, countedHead, countedKey, inferCounted, stem } from "./context-words";
import { dateToYears } from "./claim-date";
import { nameWords, placeWords } from "./entities";
import { readQuantity, readSubjectCount } from "./quantity";
import { isNarrowed } from "./narrowing";
import { modifiersOf } from "./modifiers";
import { conceptOf, isPeopleNoun } from "./quantity-words";
import { saidBy } from "./said-by";
import { directionOf, isExpected, type Direction } from "./figure-cues";
import { measuredOf } from "./measured-of";
import { readFigurePeriod, type FigurePeriod } from "./figure-period";
import { parseScopeKey, readScope, type Scope } from "./scope";
import type { MatchClaim } from "./types";

/** A claim with everything the scorer compares, derived once. */
export interface ClaimProfile {
  claim: MatchClaim;
  /** The counted thing, stated or inferred from the sentence; null when neither. */
  counted: string | null;
  countedInferred: boolean;
  head: string | null;
  /** What is counted, by meaning ("death" for deaths / people killed / the toll); null when unread. */
  concept: string | null;
  /** Which people, when people are counted ("people" for everyone, "children" …). */
  who: string | null;
  /** Who gives the figure, read from its sentence; null when no one is named. */
  saidBy: string | null;
  /** Topic words of the sentence and title (stems), without names, quantity words or the source. */
  words: Map<string, string>;
  /** The same from the text just before the sentence (the lead of a short article), weighed less. */
  around: Map<string, string>;
  /** Names in the sentence and title (places, organisations, people). */
  names: Set<string>;
  /** The name just before the figure in its clause ("Holt won 48,210 votes"), the source's aside. */
  ownName: string | null;
  years: number | null;
  /** Places the sentence sets the figure in: "in Syria" and "in Iraq and Syria" are different scopes. */
  places: Set<string>;
  /** True when the places were read from the sentence, not taken from the title. */
  placesStated: boolean;
  narrowed: boolean;
  /** Cumulative, a window or some events (see scope.ts). */
  scope: Scope;
  /** The status word of the counted phrase ("confirmed", "suspected", "credible"), if any. */
  status: string | null;
  /** Given only as an order of magnitude ("thousands were killed"). */
  vague: boolean;
  /** Given as last year's figure ("up from 82,100 last year"), beside this year's. */
  lastYear: boolean;
  /** The month, quarter, year or day the figure is given for, when its sentence says (figure-period.ts). */
  period: FigurePeriod | null;
  /** A count gained or lost ("added 12,000 jobs" / "cut 12,000 jobs"), when the words before say. */
  direction: Direction | null;
  /** Someone's expectation, not the outcome ("forecasts of 30,000"). */
  expected: boolean;
  /** What the figure is of when the words after it say ("tonnes of wheat" → wheat; measured-of.ts). */
  of: string | null;
  /** "modifier>noun" pairs of the sentence ("primary>school"): which part of a breakdown it means. */
  modifiers: Set<string>;
}

const POINTS_BACK = /\b(?:this|that|the same) (?:number|figure|toll|total|count)\b/i;

/** A number given as a word of magnitude, not as a figure. */
const VAGUE = /^(?:dozens|scores|tens|hundreds|thousands|millions|billions)$/i;

/** Words that split one counted thing into subsets a report counts apart. */
const STATUS = new Set(
  `new active open closed completed pending resolved credible confirmed suspected probable`.split(
    " ",
  ),
);

function statusOf(counted: string | null): string | null {
  for (const word of counted?.match(/[a-z-]+/g) ?? []) if (STATUS.has(word)) return word;
  return null;
}

/** One past participle ("given", "spilled", "announced"); "hundred", "need" and "children" are not. */
const PARTICIPLE =
  /^(?:[a-z]{2,}[^e\W]ed|given|taken|stolen|broken|written|chosen|driven|hidden|seen|shown|known|drawn|grown|thrown|sold|held|paid|spent|reported|estimated)$/;

const NAME_WINDOW = 8;
const MAGNITUDE = /^(?:hundred|thousand|million|billion|trillion)s?$/;

/** The nearest name within a few words before the number, stopping at a clause break; the places and the
 * source are not whose figure it is ("Holt had won the Belmark race with 48,395 votes" → holt). */
function nameBefore(
  sentence: string,
  numberEnd: number,
  names: Set<string>,
  sourceStems: Set<string>,
  places: Set<string>,
): string | null {
  const numeral = /[\w,.-]*$/.exec(sentence.slice(0, numberEnd))?.[0] ?? "";
  const words =
    sentence.slice(0, numberEnd - numeral.length).match(/[A-Za-z][A-Za-z'’-]*|[;:,]/g) ?? [];
  for (let k = words.length - 1; k >= Math.max(0, words.length - NAME_WINDOW); k--) {
    const w = words[k]!;
    if (/^[;:,]$/.test(w)) return null;
    const lower = w.replace(/['’]s$/, "").toLowerCase();
    if (
      /^[A-Z]/.test(w) &&
      names.has(lower) &&
      !sourceStems.has(stem(lower)) &&
      !inPlaces(lower, places)
    )
      return lower;
  }
  return null;
}

function inPlaces(word: string, places: Set<string>): boolean {
  for (const p of places) if (p.split(" ").includes(word)) return true;
  return false;
}

/** "82,100 last year", "40 a year ago": a figure of an earlier year, given beside this year's. */
const LAST_YEAR =
  /^\s{0,2}(?:[A-Za-z%]{1,20}\s{1,2}){0,2}(?:last year|the previous year|the year before|a year ago)\b/i;

function lastSentence(text: string): string {
  return (
    text
      .split(/(?<=[.!?])\s+/)
      .filter(Boolean)
      .pop() ?? ""
  );
}

export function profileClaim(claim: MatchClaim): ClaimProfile {
  // "the 412 given by the airport", "the 990 tonnes spilled": a participle after the number says what
  // happened to the figure, not what it counts.
  const written = countedKey(claim.counted);
  const stated = written && PARTICIPLE.test(written) && !conceptOf(written) ? null : written;
  const inferred = stated ? null : inferCounted(claim.sentence, claim.numberEndInSentence);
  const counted = stated ?? inferred;
  const previous = lastSentence(claim.before);
  // "At the end of August, this number was 1,069": what is counted is said one sentence back.
  const pointsBack = POINTS_BACK.test(claim.sentence);
  let quantity =
    claim.quantity !== undefined
      ? { concept: claim.quantity, who: claim.quantityWho ?? null }
      : readQuantity(claim.sentence, claim.numberEndInSentence, counted);
  if (pointsBack) {
    // "this number was 1,069 civilians": the sentence before says what happened to them.
    const back = (previous.toLowerCase().match(/[a-z]+/g) ?? []).map(conceptOf).find(Boolean);
    if (back && (!quantity.concept || quantity.concept === countedHead(counted)))
      quantity = { concept: back, who: quantity.who ?? (counted ? "people" : null) };
  }
  // "Complaints to the regulator have reached 4,800": the counted thing is the verb's subject.
  if (!quantity.concept && !counted && claim.kind === "count" && claim.quantity === undefined) {
    const subject = readSubjectCount(claim.sentence, claim.numberEndInSentence);
    if (subject) quantity = { concept: conceptOf(subject) ?? stem(subject), who: null };
  }
  // "down from 9.6 million tonnes": a word of magnitude is not what is counted.
  if (quantity.concept && MAGNITUDE.test(quantity.concept))
    quantity = { ...quantity, concept: null };
  const source =
    claim.saidBy !== undefined
      ? claim.saidBy
      : saidBy(claim.sentence, claim.numberEndInSentence, previous);
  // Names known from the text before (the lead, the sentence before) confirm those of the sentence and
  // title, and the sentence before adds its own: "Corran County … The agency said 58 cases …".
  const names = nameWords(
    [
      { text: claim.sentence },
      { text: claim.title, title: true },
      { text: previous },
      // The lead names the event a later sentence only alludes to ("the ferry Meridia capsized off Lanport").
      { text: claim.before },
    ],
    claim.before,
  );
  const sourceStems = new Set(
    (source?.toLowerCase().match(/[a-z][a-z'’-]*|[a-z]+/g) ?? []).flatMap((w) => [
      stem(w),
      ...w.split("-").map(stem),
    ]),
  );
  // The article's topic (the disease, the event) is often only in its title and lead.
  const words = contextWords(`${claim.sentence} ${claim.title}`);
  const around = contextWords(claim.before);
  const unitStem = claim.unit ? stem(claim.unit) : null;
  for (const key of words.keys()) around.delete(key);
  for (const map of [words, around])
    for (const [key, word] of map) {
      if (
        names.has(word) ||
        sourceStems.has(key) ||
        conceptOf(word) ||
        isPeopleNoun(word) ||
        key === quantity.concept ||
        // "8.2 million tonnes" and "3.4 million tonnes": a shared unit says nothing of the topic.
        key === unitStem
      )
        map.delete(key);
    }
  const sentencePlaces = placeWords(claim.sentence);
  return {
    claim,
    counted,
    countedInferred: !stated && inferred !== null,
    head: countedHead(counted),
    concept: quantity.concept,
    who: quantity.who,
    saidBy: source,
    words,
    around,
    names,
    ownName: nameBefore(
      claim.sentence,
      claim.numberEndInSentence,
      names,
      sourceStems,
      new Set([...sentencePlaces, ...placeWords(claim.title)]),
    ),
    lastYear: LAST_YEAR.test(
      claim.sentence.slice(claim.numberEndInSentence, claim.numberEndInSentence + 50),
    ),
    years: claim.date.date ? dateToYears(claim.date.date) : null,
    places: sentencePlaces.size ? sentencePlaces : placeWords(claim.title),
    placesStated: sentencePlaces.size > 0,
    narrowed: isNarrowed(claim.sentence, claim.numberEndInSentence, quantity.concept),
    scope:
      claim.scope !== undefined
        ? parseScopeKey(claim.scope)
        : readScope(claim.sentence, claim.period, pointsBack ? previous : ""),
    status: statusOf(counted),
    direction: directionOf(claim.sentence, claim.numberEndInSentence),
    expected: isExpected(claim.sentence, claim.numberEndInSentence),
    of: measuredOf(claim.sentence, claim.numberEndInSentence),
    period: readFigurePeriod(claim.sentence, claim.numberEndInSentence, claim.date.date),
    modifiers: modifiersOf(claim.sentence),
    vague: VAGUE.test(
      /[\w,.-]*$/.exec(claim.sentence.slice(0, claim.numberEndInSentence))?.[0] ?? "",
    ),
  };
}
