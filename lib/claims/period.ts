/** The time scope a sentence gives its numbers: "since 2014", "between August 2014 and June 2017", "during January". */

/** Prefix-factored so a failing word is rejected on its first letters; "Mar" never matches inside "Marathon". */
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\\.?";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)(?:[/–-]\\d{2,4})?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** Optional parts instead of one alternative per shape: "March", "March 22", "March 2017", "March 22, 2017". */
const DATE = `(?:(?:the (?:end|start|beginning|middle) of )?(?:${MONTH}(?: ${DAY}(?!\\d))?(?:,? ${YEAR})?|${DAY} ${MONTH}(?:,? ${YEAR})?|${YEAR}|(?:the )?(?:first|second|third|fourth|last|final) (?:quarter|half)(?: of ${YEAR})?|Q[1-4] ${YEAR}))`;
const UNIT = "(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)";
const COUNT =
  "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)";
const NOUN_PHRASE =
  "(?:the |its |their |a )?(?:[A-Za-z][\\w'’-]*)(?: (?!(?:said|says|and|but|when|while|which|who|that|according|as)\\b)[A-Za-z0-9][\\w'’-]*){0,5}";

/** "[Ii]n": sentence-initial capitals match without making month names case-blind ("may", "march"). */
const word = (w: string) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`;
const RELATIVE = `the (?:past|last|previous|next|coming|first|latest) (?:${COUNT} )?${UNIT}`;
const CALENDAR = `(?:this|last|next|the previous) (?:year|month|week|quarter|decade|season|summer|winter|spring|autumn)`;
const sticky = (...patterns: string[]) => new RegExp(patterns.join("|"), "y");

/** Each trigger word starts only the patterns that can begin with it, tried anchored at the trigger. */
const BY_TRIGGER: Record<string, RegExp> = {
  between: sticky(`${word("between")} ${DATE} and ${DATE}`),
  from: sticky(`${word("from")} ${DATE} (?:to|until|through|till) ${DATE}`),
  since: sticky(
    `${word("since")} the (?:start|beginning|outbreak|launch|onset|end) of ${NOUN_PHRASE}`,
    `${word("since")} ${DATE}`,
  ),
  until: sticky(`${word("until")} ${DATE}`),
  till: sticky(`${word("till")} ${DATE}`),
  through: sticky(`${word("through")} ${DATE}`),
  by: sticky(`${word("by")} the end of ${DATE}`, `${word("by")} ${DATE}`),
  as: sticky(`${word("as")} of ${DATE}`),
  over: sticky(`${word("over")} ${RELATIVE}`),
  in: sticky(
    `${word("in")} ${RELATIVE}`,
    `${word("in")} (?:fiscal |the fiscal year |the year |the month of )?${DATE}`,
    `${word("in")} FY ?\\d{2,4}`,
  ),
  during: sticky(
    `${word("during")} ${RELATIVE}`,
    `${word("during")} (?:the year |the month of )?${DATE}`,
  ),
  throughout: sticky(`${word("throughout")} ${DATE}`),
  for: sticky(
    `${word("for")} ${RELATIVE}`,
    `${word("for")} (?:fiscal |the fiscal year |the year )?${DATE}`,
  ),
  the: sticky(RELATIVE, `the previous (?:year|month|week|quarter|decade)`),
  so: sticky(`${word("so")} far ${CALENDAR}`),
  this: sticky(CALENDAR),
  last: sticky(CALENDAR),
  next: sticky(CALENDAR),
};
/**
 * What can follow a trigger in any pattern above (lower-cased): a digit, a month, or one of a few
 * words. Checked in the trigger's lookahead, so "in a", "the bill" never run a full pattern.
 */
const NEXT_WORD =
  "[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the |this |last |next |fiscal|fy|q[1-4]|first|second|third|" +
  "fourth|final|far |of |past|previous|coming|latest|year|month|week|quarter|decade|season|summer|winter|spring|autumn";
/**
 * The trigger words grouped by first letter ("b(?:etween|y)|f(?:rom|or)|…"): the engine then reads
 * one letter to pick a group at each word start, instead of trying every word. Each trigger must be
 * followed by a space, so the order inside a group cannot change what matches.
 */
const TRIGGER_WORDS = (() => {
  const byFirst = new Map<string, string[]>();
  for (const word of Object.keys(BY_TRIGGER)) {
    const rests = byFirst.get(word.charAt(0)) ?? [];
    rests.push(word.slice(1));
    byFirst.set(word.charAt(0), rests);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|");
})();
const TRIGGER = new RegExp(`\\b(?:${TRIGGER_WORDS})(?= (?:${NEXT_WORD}))`, "g");
/** Trigger words keyed by first letter, second letter and length, so a match is looked up without slicing it. */
const triggerKey = (s: string, start: number, length: number) =>
  (s.charCodeAt(start) << 16) | (s.charCodeAt(start + 1) << 8) | length;
const BY_KEY = new Map<number, RegExp>(
  Object.entries(BY_TRIGGER).map(([w, pattern]) => [triggerKey(w, 0, w.length), pattern]),
);

export interface PeriodSpan {
  start: number;
  end: number;
  text: string;
}

/** Every period phrase in the sentence, in order, with absolute offsets. `test()` keeps the scan free of match arrays. */
export function findPeriods(
  text: string,
  lower: string,
  sentenceStart: number,
  sentenceEnd: number,
): PeriodSpan[] {
  const spans: PeriodSpan[] = [];
  // Triggers are rare once the lookahead has filtered them: search the sentence alone, not on to the next hit.
  const sentence = lower.slice(sentenceStart, sentenceEnd);
  TRIGGER.lastIndex = 0;
  while (TRIGGER.test(sentence)) {
    const triggerEnd = sentenceStart + TRIGGER.lastIndex;
    let start = triggerEnd - 1;
    while (start > sentenceStart && isLowerLetter(lower.charCodeAt(start - 1))) start--;
    const pattern = BY_KEY.get(triggerKey(lower, start, triggerEnd - start));
    if (!pattern) continue;
    pattern.lastIndex = start;
    if (!pattern.test(text)) continue;
    let end = pattern.lastIndex;
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 44))
      end--;
    // "in April." at a sentence end: the full stop is only part of an abbreviation ("Jan.", "Sept.").
    if (text.charCodeAt(end - 1) === 46 && end - 1 - letterRunStartOf(text, end - 1) > 4) end--;
    if (end > sentenceEnd) end = sentenceEnd;
    spans.push({ start, end, text: text.slice(start, end) });
    TRIGGER.lastIndex = end - sentenceStart;
  }
  return spans;
}

function letterRunStartOf(text: string, end: number): number {
  let start = end;
  while (start > 0 && isAnyLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

function isAnyLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * The period that scopes the number: the nearest one in the same clause, else the nearest in the
 * sentence. Never the number itself ("in 2014" never scopes "2014").
 */
export function nearestPeriod(
  periods: PeriodSpan[],
  numberStart: number,
  numberEnd: number,
  lower?: string,
): string | null {
  // Nearest first; the clause check (which reads text) runs only when the nearest is in another clause.
  const nearest = nearestOf(periods, numberStart, numberEnd, null);
  if (
    !nearest ||
    !lower ||
    periods.length < 2 ||
    !crossesClauseTo(lower, nearest, numberStart, numberEnd)
  )
    return nearest?.text ?? null;
  return (nearestOf(periods, numberStart, numberEnd, lower) ?? nearest).text;
}

/** The nearest period, skipping with `lower` given those in another clause. */
function nearestOf(
  periods: PeriodSpan[],
  numberStart: number,
  numberEnd: number,
  lower: string | null,
): PeriodSpan | null {
  let best: PeriodSpan | null = null;
  let bestDistance = Infinity;
  for (const period of periods) {
    if (period.start <= numberStart && period.end >= numberEnd) continue;
    const distance =
      period.start >= numberEnd ? period.start - numberEnd : numberStart - period.end;
    if (distance >= bestDistance) continue;
    if (lower !== null && crossesClauseTo(lower, period, numberStart, numberEnd)) continue;
    best = period;
    bestDistance = distance;
  }
  return best;
}

function crossesClauseTo(
  lower: string,
  period: PeriodSpan,
  numberStart: number,
  numberEnd: number,
): boolean {
  return period.start >= numberEnd
    ? crossesClause(lower, numberEnd, period.start)
    : crossesClause(lower, period.end, numberStart);
}

const CLAUSE_WORDS = [" but ", " while ", " whereas ", " although ", " though ", ", and "];

/** Whether a clause break (";", "but", "while", ", and", …) lies between `from` and `to`; reads only that stretch. */
function crossesClause(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = lower.charCodeAt(i);
    if (code === 59) return true;
    if (code !== 32 && code !== 44) continue;
    for (const word of CLAUSE_WORDS)
      if (i + word.length <= to + 1 && lower.startsWith(word, i)) return true;
  }
  return false;
}
