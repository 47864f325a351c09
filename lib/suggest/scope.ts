/**
 * What stretch of time or events a figure covers, read from its own sentence. A toll "since 2014",
 * "so far" or "to date" is cumulative; one "between March and October", "during January" or "in just
 * two days" covers a window; one "in a single raid" or "in 11 attacks" covers those events only. Two
 * figures of one counted thing with different scopes are different quantities: the 24 killed in one
 * strike is never the campaign's toll of 1,144. Pure and linear: fixed-width regular expressions on
 * the lower-cased sentence, no unbounded repetition next to an optional group.
 */
export type ScopeShape = "cumulative" | "window" | "event";

export interface Scope {
  shape: ScopeShape | null;
  /** How many events an event-scoped figure covers ("in one raid" → 1, "in 11 attacks" → 11). */
  events: number | null;
  /** How long a window is, in days, when the sentence says it ("in just two days" → 2). */
  days: number | null;
}

const NO_SCOPE: Scope = { shape: null, events: null, days: null };

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Things that happen once and can each cause a toll of their own. */
const EVENT_NOUNS =
  "attacks?|raids?|strikes?|airstrikes?|air strikes?|bombings?|blasts?|explosions?|crash(?:es)?|incidents?|shootings?|collisions?|accidents?|assaults?|ambush(?:es)?|collapses?|stampedes?|landslides?|fires?|derailments?";
/** Counted events whose outcome a figure can be ("three reports … resulted in 11 deaths"). */
const RESULT_NOUNS = `${EVENT_NOUNS}|reports?|cases|allegations?`;
/** More events than this is a campaign, not a set of events: "42,234 airstrikes … resulted in …". */
const MAX_EVENTS = 50;
const COUNT =
  "a single|an|a|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<![\\d,.])\\d[\\d,]{0,9}";

// "in one aerial attack", "in a single raid", "in 11 attacks": up to two words between the count and noun.
const IN_EVENTS = new RegExp(
  `\\b(?:in|during|from|by|to)\\s(?:just\\s|only\\s)?(${COUNT})\\s(?:(?!of\\s)[a-z-]{1,20}\\s){0,2}?(?:${EVENT_NOUNS})\\b`,
);
// "three reports were determined to be credible and resulted in 11 deaths": the events come first.
const EVENTS_RESULTED = new RegExp(
  `(?:^|\\s)(${COUNT})\\s(?:(?!of\\s)[a-z-]{1,20}\\s){0,2}?(?:${RESULT_NOUNS})\\s(?:[a-z-]{1,20}\\s){0,8}?(?:resulted in|left|killed|caused)\\b`,
);

const UNITS_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
// "in just two days", "over the past 24 hours", "in the last week", "within three months".
const IN_SPAN =
  /\b(?:in|over|within|during|across)\s(?:just\s|only\s)?(?:the\s(?:past|last|previous|first)\s)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s(hour|day|week|month|year)s?\b/;
const SUPERLATIVE_BEFORE = /\b(?:[a-z]{2,16}est|most|least|first|worst|best|record)\s$/;
const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december";
// "between March 31 and October 22", "from August 2014 to November 2017", "during January".
const DATE_START = `(?:mid-|early\\s|late\\s)?(?:${MONTH}|(?:19|20)\\d\\d)\\b`;
const BETWEEN = new RegExp(`\\bbetween\\s${DATE_START}(?:\\s\\S{1,20}){0,3}?\\sand\\s`);
const FROM_TO = new RegExp(
  `\\bfrom\\s${DATE_START}(?:\\s\\S{1,20}){0,3}?\\s(?:to|until|through)\\s`,
);
const DURING_MONTH = new RegExp(`\\bduring\\s(?:the\\smonth\\sof\\s)?(?:${MONTH})\\b`);

// "since 2014", "so far", "to date", "in total", "at the end of August, this number was …".
const CUMULATIVE =
  /\b(?:since|so far|to date|thus far|until now|up to now|in total|altogether|cumulative|overall|as of|at the end of|by the end of)\b/;

function countOf(word: string): number {
  return SMALL[word.replace(/^a single$/, "single")] ?? Number(word.replace(/,/g, ""));
}

function spanDays(count: string, unit: string): number {
  return countOf(count) * (UNITS_DAYS[unit] ?? 1);
}

/** The scope of a figure from its sentence (and, for "this number was …", the sentence it points to). */
export function readScope(sentence: string, period: string | null, pointedTo = ""): Scope {
  const text = `${sentence} ${period ?? ""}`.toLowerCase().replace(/\s+/g, " ");
  const events = IN_EVENTS.exec(text) ?? EVENTS_RESULTED.exec(text);
  const eventCount = events ? countOf(events[1]!) : NaN;
  if (eventCount <= MAX_EVENTS) return { shape: "event", events: eventCount, days: null };
  const span = IN_SPAN.exec(text);
  // "the highest in two years", "the first in a decade": a comparison over the span, not a window.
  if (span && !SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, span.index - 24), span.index)))
    return { shape: "window", events: null, days: spanDays(span[1]!, span[2]!) };
  if (BETWEEN.test(text) || FROM_TO.test(text) || DURING_MONTH.test(text))
    return { shape: "window", events: null, days: null };
  if (CUMULATIVE.test(text)) return { shape: "cumulative", events: null, days: null };
  if (pointedTo) {
    const back = readScope(pointedTo, null);
    if (back.shape) return back;
  }
  return NO_SCOPE;
}

/** Why two scopes cannot be one quantity, or null when they may be. */
export function scopesConflict(a: Scope, b: Scope): string | null {
  if (!a.shape || !b.shape) return null;
  if (a.shape !== b.shape) return `${a.shape} vs ${b.shape}`;
  if (a.shape === "event" && a.events !== null && b.events !== null && a.events !== b.events)
    return `${a.events} vs ${b.events} events`;
  if (a.shape === "window" && a.days !== null && b.days !== null) {
    const ratio = Math.max(a.days, b.days) / Math.max(1e-9, Math.min(a.days, b.days));
    if (ratio > 2) return `windows of ${a.days} vs ${b.days} days`;
  }
  return null;
}

/** The scope as stored in claims.scope: "" for none, else "cumulative", "event:1", "window:2", "window". */
export function scopeKey(s: Scope): string {
  if (!s.shape) return "";
  const n = s.shape === "event" ? s.events : s.days;
  return n === null ? s.shape : `${s.shape}:${n}`;
}

export function parseScopeKey(key: string | null): Scope {
  const [shape, n] = (key ?? "").split(":");
  if (shape !== "cumulative" && shape !== "window" && shape !== "event") return NO_SCOPE;
  const count = n === undefined || n === "" ? null : Number(n);
  return {
    shape,
    events: shape === "event" ? count : null,
    days: shape === "window" ? count : null,
  };
}
