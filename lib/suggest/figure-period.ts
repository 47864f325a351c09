/**
 * The stretch of time a figure is given for, read from the words around it in its sentence: "42,000
 * jobs in October", "up 2.3% in the third quarter", "48.2 billion next year", "4.6% last month",
 * "2,300 trains on Monday". Two figures of one counted thing given for different periods are two
 * quantities (September's payrolls are not October's; next year's budget line is not this year's),
 * however alike their sentences. Relative periods ("last month", "this year", "on Tuesday") are resolved
 * against the article's date. A figure whose sentence gives no period, or only where a count starts
 * ("since January") or what it is compared with ("a year earlier"), has none and meets any period.
 * Linear: one pass over the sentence's words.
 */
export type PeriodGrain = "day" | "month" | "quarter" | "year";

export interface FigurePeriod {
  grain: PeriodGrain;
  /** First and last month covered, as months since year 0 (year × 12 + month − 1). */
  from: number;
  to: number;
  /** The day, for a day's figure (YYYY-MM-DD). */
  day?: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_INDEX = new Map<string, number>(MONTHS.map((m, i) => [m, i]));
MONTH_INDEX.set("sept", 8);
const ORDINAL_QUARTER: Record<string, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  final: 3,
  q1: 0,
  q2: 1,
  q3: 2,
  q4: 3,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Words before a date that make it where a count starts or ends, or a comparison, not its period. */
const NOT_PERIOD_BEFORE = new Set(
  `since from until till through by after before between to mid early late began started ended`.split(
    " ",
  ),
);
/** Words before a day that make it the day the figure was told, not the day it counts. */
const TOLD = /^(?:said|says|say|reported|announced|told|added|stated|confirmed|estimated|warned)$/;

const CLAUSE_OPENERS = new Set([
  "when",
  "which",
  "where",
  "who",
  "whose",
  "while",
  "since",
  "until",
]);
const NUMERAL = /\d[\d,.]*/g;
const YEAR = /^(?:19|20)\d\d$/;

interface Anchor {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function anchorOf(published: string | null): Anchor | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published ?? "");
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = m[3] ? Number(m[3]) : 0;
  return { year, month, day, weekday: day ? new Date(Date.UTC(year, month, day)).getUTCDay() : -1 };
}

const monthPeriod = (year: number, month: number): FigurePeriod => ({
  grain: "month",
  from: year * 12 + month,
  to: year * 12 + month,
});

interface Word {
  text: string;
  lower: string;
}

/** The period named at words[i], if one starts there. */
function periodAt(words: Word[], i: number, at: Anchor): FigurePeriod | null {
  const w = words[i]!.lower.replace(/['’]s$/, "");
  const prev = words[i - 1]?.lower ?? "";
  const next = words[i + 1]?.lower ?? "";
  const prev2 = words[i - 2]?.lower ?? "";
  // "since the heatwave began on June 28", "which ended on Saturday": when the event ran, not the figure.
  for (let k = Math.max(0, i - 3); k < i; k++)
    if (NOT_PERIOD_BEFORE.has(words[k]!.lower)) return null;
  const explicitYear = (k: number) => {
    const y = words[k]?.text;
    return y && YEAR.test(y) ? Number(y) : null;
  };
  // "the third quarter", "Q3", "the July-September quarter" (of 2024)
  if (next === "quarter" || /^q[1-4]$/.test(w)) {
    const range = /^([a-z]+)-[a-z]+$/.exec(w);
    const q =
      ORDINAL_QUARTER[w] ?? (range ? Math.floor((MONTH_INDEX.get(range[1]!) ?? -3) / 3) : -1);
    if (q < 0) return null;
    const stated = explicitYear(i + (next === "quarter" ? 3 : 1));
    const year = stated ?? (q * 3 > at.month ? at.year - 1 : at.year);
    return { grain: "quarter", from: year * 12 + q * 3, to: year * 12 + q * 3 + 2 };
  }
  if (w === "month" && (prev === "last" || prev === "this" || prev === "next")) {
    const shift = prev === "last" ? -1 : prev === "next" ? 1 : 0;
    const m = at.year * 12 + at.month + shift;
    return monthPeriod(Math.floor(m / 12), m % 12);
  }
  if (w === "year" && (prev === "last" || prev === "this" || prev === "next")) {
    const year = at.year + (prev === "last" ? -1 : prev === "next" ? 1 : 0);
    return { grain: "year", from: year * 12, to: year * 12 + 11 };
  }
  const month = MONTH_INDEX.get(w.replace(/['’]s$/, ""));
  // "May" is a month only as a name (capitalised) and not where it opens the sentence.
  if (month !== undefined && /^[A-Z]/.test(words[i]!.text) && (month !== 4 || i > 0)) {
    const dayOfMonth = /^\d{1,2}$/.test(next) ? Number(next) : 0;
    const stated = explicitYear(i + (dayOfMonth ? 2 : 1));
    const year = stated ?? (month > at.month ? at.year - 1 : at.year);
    if (!dayOfMonth) return monthPeriod(year, month);
    // "August 5": a day (often the dateline's, the day of the report).
    const day = `${year}-${String(month + 1).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
    return { grain: "day", from: year * 12 + month, to: year * 12 + month, day };
  }
  if (YEAR.test(w) && (prev === "in" || prev === "for" || prev === "of" || prev === "during")) {
    const year = Number(w);
    return { grain: "year", from: year * 12, to: year * 12 + 11 };
  }
  const weekday = WEEKDAYS.indexOf(w.replace(/['’]s$/, ""));
  if (weekday >= 0 && at.weekday >= 0 && !TOLD.test(prev) && !TOLD.test(prev2)) {
    const back = (at.weekday - weekday + 7) % 7;
    const date = new Date(Date.UTC(at.year, at.month, at.day - back));
    const m = date.getUTCFullYear() * 12 + date.getUTCMonth();
    return { grain: "day", from: m, to: m, day: date.toISOString().slice(0, 10) };
  }
  return null;
}

const MONTH_BEFORE = new RegExp(`(?:${MONTHS.join("|")})\\.?\\s$`, "i");

/** "June 28": a day of the month, part of a date rather than a figure of its own. */
function isDayOfMonth(sentence: string, index: number, text: string): boolean {
  return (
    /^\d{1,2}$/.test(text) && MONTH_BEFORE.test(sentence.slice(Math.max(0, index - 12), index))
  );
}

/** The period of the figure whose number ends at `numberEnd`: the nearest one named after it before the
 * next figure, else the nearest one before it back to the previous figure. */
export function readFigurePeriod(
  sentence: string,
  numberEnd: number,
  published: string | null,
): FigurePeriod | null {
  const at = anchorOf(published);
  if (!at) return null;
  // The figure's own numeral is the last one that starts before its end ("3.3" of "3.3%", "8.2" of
  // "8.2 million tonnes"); other figures, not years or days of the month, bound its stretch of words.
  const numerals = [...sentence.matchAll(NUMERAL)].filter((m) => {
    const text = m[0].replace(/[.,]$/, "");
    return !YEAR.test(text) && !isDayOfMonth(sentence, m.index, text);
  });
  let own = -1;
  for (let k = 0; k < numerals.length && numerals[k]!.index < numberEnd; k++) own = k;
  const numberStart = own >= 0 ? numerals[own]!.index : numberEnd;
  const from = own > 0 ? numerals[own - 1]!.index + numerals[own - 1]![0].length : 0;
  const to = numerals[own + 1]?.index ?? sentence.length;
  const read = (text: string): Word[] =>
    (text.match(/[A-Za-z][A-Za-z'’-]*|\d+/g) ?? []).map((t) => ({
      text: t,
      lower: t.toLowerCase(),
    }));
  const after = read(sentence.slice(numberEnd, to));
  for (let i = 0; i < after.length; i++) {
    // "86 died when the ferry capsized on Saturday": a clause about something else.
    if (CLAUSE_OPENERS.has(after[i]!.lower)) break;
    const p = periodAt(after, i, at);
    if (p) return p;
  }
  const before = read(sentence.slice(from, numberStart));
  for (let i = before.length - 1; i >= 0; i--) {
    const p = periodAt(before, i, at);
    if (p) return p;
  }
  return null;
}

/** Two periods that cannot be one figure's: the same grain and different, or not overlapping at all. A
 * running total (a toll, a case count) given at two dates is one quantity as it grows, not two: what
 * window it counts, if any, is its scope (scope.ts). */
export function periodsConflict(
  a: FigurePeriod | null,
  b: FigurePeriod | null,
  runningTotal: boolean,
): boolean {
  if (!a || !b || runningTotal) return false;
  if (a.grain === b.grain)
    return a.grain === "day" ? a.day !== b.day : a.from !== b.from || a.to !== b.to;
  return a.to < b.from || b.to < a.from;
}

/** Both stated, and the same. */
export function samePeriod(a: FigurePeriod | null, b: FigurePeriod | null): boolean {
  return !!a && !!b && a.grain === b.grain && a.from === b.from && a.to === b.to && a.day === b.day;
}
