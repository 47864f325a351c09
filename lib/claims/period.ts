/** The time scope a sentence gives its numbers: "since 2014", "between August 2014 and June 2017", "during January". */

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)(?:[/–-]\\d{2,4})?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const DATE = `(?:(?:the (?:end|start|beginning|middle) of )?(?:${MONTH} ${DAY},? ${YEAR}|${DAY} ${MONTH},? ${YEAR}|${MONTH},? ${YEAR}|${MONTH} ${DAY}|${DAY} ${MONTH}|${MONTH}|${YEAR}|(?:the )?(?:first|second|third|fourth|last|final) (?:quarter|half)(?: of ${YEAR})?|Q[1-4] ${YEAR}))`;
const UNIT = "(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)";
const COUNT = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)";
const NOUN_PHRASE = "(?:the |its |their |a )?(?:[A-Za-z][\\w'’-]*)(?: (?!(?:said|says|and|but|when|while|which|who|that|according|as)\\b)[A-Za-z0-9][\\w'’-]*){0,5}";

const PERIOD = new RegExp(
  [
    `\\bbetween ${DATE} and ${DATE}`,
    `\\bfrom ${DATE} (?:to|until|through|till) ${DATE}`,
    `\\bsince the (?:start|beginning|outbreak|launch|onset|end) of ${NOUN_PHRASE}`,
    `\\b(?:since|until|till|through|as of|by the end of|by) ${DATE}`,
    `\\b(?:(?:over|in|during|for) )?the (?:past|last|previous|next|coming|first|latest) (?:${COUNT} )?${UNIT}`,
    `\\b(?:so far )?(?:this|last|next|the previous) (?:year|month|week|quarter|decade|season|summer|winter|spring|autumn)`,
    `\\b(?:in|during|throughout|for) (?:fiscal |the fiscal year |the year |the month of )?${DATE}`,
    `\\bin FY ?\\d{2,4}`,
  ].join("|"),
  "g",
);

export interface PeriodSpan {
  start: number;
  end: number;
  text: string;
}

/** Every period phrase in the sentence, in order, with absolute offsets. */
export function findPeriods(text: string, sentenceStart: number, sentenceEnd: number): PeriodSpan[] {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const spans: PeriodSpan[] = [];
  PERIOD.lastIndex = 0;
  for (let match = PERIOD.exec(sentence); match; match = PERIOD.exec(sentence)) {
    const phrase = match[0].replace(/[\s,]+$/, "");
    spans.push({ start: sentenceStart + match.index, end: sentenceStart + match.index + phrase.length, text: phrase });
  }
  return spans;
}

/** The period nearest the number that is not the number itself ("in 2014" never scopes "2014"). */
export function nearestPeriod(periods: PeriodSpan[], numberStart: number, numberEnd: number): string | null {
  let best: PeriodSpan | null = null;
  let bestDistance = Infinity;
  for (const period of periods) {
    if (period.start <= numberStart && period.end >= numberEnd) continue;
    const distance = period.start >= numberEnd ? period.start - numberEnd : numberStart - period.end;
    if (distance < bestDistance) {
      best = period;
      bestDistance = distance;
    }
  }
  return best ? best.text : null;
}
