import { dateToYears } from "./claim-date";
import type { ClaimProfile } from "./profile";
import type { FigurePeriod } from "./figure-period";
import type { Direction } from "./figure-cues";
import { parseScopeKey, scopeKey } from "./scope";
import type { MatchClaim } from "./types";

/**
 * A claim's profile as stored in claims.reading when its article is written, so a candidate from
 * another article is compared without reading its sentence, title and lead again (the work that
 * dominated one article's suggestions at scale). JSON, versioned: a reading written by older rules is
 * ignored and the claim is profiled from its text instead. Fields added since (period, of, direction,
 * expected) are optional: a reading without them reads as "not stated", which never keeps a pair apart,
 * so the readings of a large database stay usable until its claims are read again.
 */
const VERSION = 2;

interface StoredReading {
  v: number;
  counted: string | null;
  countedInferred: boolean;
  head: string | null;
  concept: string | null;
  who: string | null;
  saidBy: string | null;
  /** Topic words as "stem" or "stem=form" when the form differs (the form is shown in reasons). */
  words: string[];
  around: string[];
  names: string[];
  ownName: string | null;
  places: string[];
  placesStated: boolean;
  narrowed: boolean;
  scope: string;
  status: string | null;
  vague: boolean;
  modifiers: string[];
  lastYear?: boolean;
  period?: FigurePeriod | null;
  of?: string | null;
  direction?: Direction | null;
  expected?: boolean;
}

const packWords = (m: Map<string, string>) =>
  [...m].map(([key, form]) => (key === form ? key : `${key}=${form}`));

function unpackWords(list: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq < 0) m.set(item, item);
    else m.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return m;
}

export function readingOf(p: ClaimProfile): string {
  const stored: StoredReading = {
    v: VERSION,
    counted: p.counted,
    countedInferred: p.countedInferred,
    head: p.head,
    concept: p.concept,
    who: p.who,
    saidBy: p.saidBy,
    words: packWords(p.words),
    around: [...p.around.keys()],
    names: [...p.names],
    ownName: p.ownName,
    places: [...p.places],
    placesStated: p.placesStated,
    narrowed: p.narrowed,
    scope: scopeKey(p.scope),
    status: p.status,
    vague: p.vague,
    modifiers: [...p.modifiers],
    lastYear: p.lastYear,
    period: p.period,
    of: p.of,
    direction: p.direction,
    expected: p.expected,
  };
  return JSON.stringify(stored);
}

/** The profile of `claim` from its stored reading; null when there is none or it is of older rules. */
export function profileFromReading(claim: MatchClaim, json: string | null): ClaimProfile | null {
  if (!json) return null;
  let r: StoredReading;
  try {
    r = JSON.parse(json) as StoredReading;
  } catch {
    return null;
  }
  if (r.v !== VERSION) return null;
  return {
    claim,
    counted: r.counted,
    countedInferred: r.countedInferred,
    head: r.head,
    concept: r.concept,
    who: r.who,
    saidBy: r.saidBy,
    words: unpackWords(r.words),
    around: new Map(r.around.map((k) => [k, k])),
    names: new Set(r.names),
    ownName: r.ownName,
    years: claim.date.date ? dateToYears(claim.date.date) : null,
    places: new Set(r.places),
    placesStated: r.placesStated,
    narrowed: r.narrowed,
    scope: parseScopeKey(r.scope),
    status: r.status,
    vague: r.vague,
    modifiers: new Set(r.modifiers),
    lastYear: r.lastYear ?? false,
    period: r.period ?? null,
    of: r.of ?? null,
    direction: r.direction ?? null,
    expected: r.expected ?? false,
  };
}
