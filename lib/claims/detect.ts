import * as candidatesModule from "./candidates";
import { claimRows, sameAsCounted } from "./claim-rows";
import type { ClaimRows } from "./claim-rows";
import * as changeModule from "./change";
import type { PreviousClaim } from "./change";
import * as contextRulesModule from "./context-rules";
import * as countedModule from "./counted";
import { JunkFinder } from "./junk-lines";
import * as exclusionsModule from "./exclusions";
import * as functionWordsModule from "./function-words";
import * as numberCoreModule from "./number-core";
import type { NumberCore } from "./number-core";
import * as periodModule from "./period";
import type { PeriodSpan } from "./period";
import * as qualifiersModule from "./qualifiers";
import * as rangesModule from "./ranges";
import * as sentenceModule from "./sentence";
import * as subjectModule from "./subject";
import * as textScanModule from "./text-scan";
import type { ClaimKind, DetectedClaim, Qualifier } from "./types";
import * as unitsModule from "./units";
import type { UnitMatch } from "./units";
import { wordSet } from "./word-table";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { candidateScan, nextCandidate } = candidatesModule;
const { linkToPrevious, readChange, signBefore } = changeModule;
const { readCounted } = countedModule;
const { FUNCTION_WORDS } = functionWordsModule;
const {
  hyphenPrefix,
  isAgeInApposition,
  isEarlyYear,
  isEraYear,
  isNameNumber,
  isStatisticWindow,
  isTimeReference,
} = contextRulesModule;
const {
  hasIdentifierPrefix,
  isDayOfMonth,
  isIndexName,
  isGluedToken,
  isInMachineToken,
  isLongIdentifier,
  isPhoneNumber,
  isStreetAddress,
  isTimeOfDay,
  isYear,
} = exclusionsModule;
const { readNumberCore } = numberCoreModule;
const { findPeriods, nearestPeriod } = periodModule;
const { readQualifierAfter, readQualifierBefore } = qualifiersModule;
const { readPairing } = rangesModule;
const { sentenceBounds } = sentenceModule;
const { nameOfCounted, readSubject } = subjectModule;
const {
  isDigit,
  isSpace,
  lowerByCodeUnit,
  lowerSameLength,
  lowersByCodeUnit,
  skipSpaces,
  wordAfter,
  wordBefore,
} = textScanModule;
const { readCurrencyBefore, readGluedDegrees, readUnit } = unitsModule;

/** Small number words after these are labels for a known group ("the two countries"), not claims. */
const GROUP_DETERMINERS = wordSet(
  "the these those its their his her our my your all both every each other first last next",
);
/** A lone "one" is usually a pronoun or article; it is a claim only for a countable casualty or case. */
const ONE_NOUNS = wordSet(
  "person man woman child boy girl soldier civilian officer patient death case victim baby student " +
    "worker journalist police",
);

interface ScanState {
  text: string;
  lower: string;
  line: { start: number; end: number; junk: boolean };
  sentence: { start: number; end: number; periods: PeriodSpan[] | null };
  junk: JunkFinder;
  /** Where the scan goes on after a candidate: past a rejected token or an accepted claim. */
  resume: number;
  /** Where accepted claims go; offsets there are in the whole text, `offset` past this piece's. */
  rows: ClaimRows;
  offset: number;
  /**
   * The row of the claim accepted last (-1: none yet) and its sentence's start in this piece, so
   * "rose 4.1% to 212p" and "from X to Y" can link the second figure to the first.
   */
  previous: number;
  previousSentenceStart: number;
  /** What the next figure may inherit from `previous`; one object rewritten per claim. */
  link: PreviousClaim;
}

/** A long text is read in pieces of about this many characters, each ending with a line break. */
const PIECE = 16_384;

/**
 * One pass over the lower-cased text: a scan finds where a number could start (a digit or a number
 * word); everything else is read locally around that spot, so cost stays linear in the text.
 *
 * A long text is read piece by piece, each piece ending with a line break. No rule reads across a
 * line break (sentences, lines, tokens and every context window stop at one), so the claims are the
 * same as for the whole text; but each piece's lower-cased copy is small and short-lived, where one
 * copy of a whole 5 MB text was 10 MB of fresh memory per call (page faults, external-memory GCs).
 */
export function detectClaims(text: string): DetectedClaim[] {
  const rows = claimRows();
  if (!lowersByCodeUnit(text) || text.length <= PIECE) {
    detectInPiece(text, lowerSameLength(text), 0, rows);
    return rows.toClaims(text);
  }
  for (let start = 0; start < text.length;) {
    const lineEnd = start + PIECE >= text.length ? -1 : text.indexOf("\n", start + PIECE);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    detectInPiece(piece, lowerByCodeUnit(piece), start, rows);
    start = end;
  }
  return rows.toClaims(text);
}

/** Adds to `rows` the claims of one piece that starts at `offset` in the whole text. */
function detectInPiece(text: string, lower: string, offset: number, rows: ClaimRows): void {
  const state: ScanState = {
    text,
    lower,
    line: { start: 0, end: 0, junk: false },
    sentence: { start: 0, end: 0, periods: null },
    junk: new JunkFinder(lower),
    resume: 0,
    rows,
    offset,
    previous: -1,
    previousSentenceStart: -1,
    link: { end: 0, value: 0, change: null, opensFrom: null },
  };
  const scan = candidateScan();
  for (let from = 0; nextCandidate(scan, lower, from);) {
    claimAt(state, scan.start);
    from = Math.max(state.resume, scan.end);
  }
}

function skipTo(state: ScanState, resume: number): void {
  state.resume = resume;
}

/** End of the non-space run holding `at`: a rejected machine token is skipped whole. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 10) end++;
  return end;
}

/** Reads the figure that may start at `at`: adds its claim to the rows, or skips past it. */
function claimAt(state: ScanState, at: number): void {
  const { text, lower } = state;
  const core = readNumberCore(text, lower, at);
  if (!core) return skipTo(state, at + 1);
  const line = currentLine(state, core.start);
  if (line.junk) return skipTo(state, line.end);
  if (!core.isWords) {
    if (isGluedToken(text, lower, core) || isInMachineToken(text, core.start, core.end))
      return skipTo(state, tokenEnd(text, core.start));
    if (isPhoneNumber(text, core))
      return skipTo(state, tokenEnd(text, tokenEnd(text, core.end) + 1));
    if (core.hasLeadingZero || isTimeOfDay(lower, core) || isDayOfMonth(text, lower, core))
      return skipTo(state, core.end);
    if (
      hasIdentifierPrefix(lower, core.start) ||
      isStreetAddress(text, core) ||
      isIndexName(text, lower, core) ||
      isAgeInApposition(text, core) ||
      isEraYear(lower, core)
    )
      return skipTo(state, core.end);
  }
  // "-5", "−2.1%", "+0.4%": a sign glued to the number after a space or bracket.
  const sign = core.isWords ? null : signBefore(text, core.start);
  if (sign !== null) {
    core.start -= 1;
    if (sign === "-") core.value = -core.value;
  }
  const currency = readCurrencyBefore(text, core.start);
  let prefixStart = currency ? currency.start : core.start;
  // "sub-500", "minus-60", "near-100": a hyphenated prefix bounds or signs the figure.
  const prefix = core.isWords || currency ? null : hyphenPrefix(lower, core.start);
  if (prefix) {
    prefixStart = prefix.start;
    if (prefix.word === "minus") core.value = -core.value;
  }
  // "minus 5C", "negative 0.3%": a sign written as a word.
  const signEnd = lower.charCodeAt(core.start - 2);
  if (!currency && core.value > 0 && (signEnd === 115 || signEnd === 101)) {
    const signWord = wordBefore(lower, core.start);
    // "plus or minus 3 points" is a margin, not a negative number.
    const isMargin = signWord.word === "minus" && wordBefore(lower, signWord.start).word === "or";
    if ((signWord.word === "minus" && !isMargin) || signWord.word === "negative") {
      core.value = -core.value;
      prefixStart = signWord.start;
    }
  }
  const before =
    prefix && prefix.word !== "minus"
      ? {
          qualifier: (prefix.word === "sub" ? "less_than" : "approximately") as Qualifier,
          start: prefix.start,
        }
      : readQualifierBefore(lower, prefixStart);

  let end = core.end;
  let unit = readUnitAt(text, lower, end);
  const special = core.range !== undefined || core.multiple !== undefined;
  let pairing = special
    ? null
    : readPairing(text, lower, core, unit ? unit.end : end, prefixStart, currency !== null, false);
  // "could rise 0.5 to 1 metre": after a change verb, a unit written once on the second figure makes a range.
  if (!special && !pairing && !unit && !currency) {
    const spanned = readPairing(text, lower, core, end, prefixStart, false, true);
    if (spanned?.type === "range" && readUnitAt(text, lower, spanned.end)) pairing = spanned;
  }
  const secondUnit =
    pairing && pairing.type !== "score" ? readUnitAt(text, lower, pairing.end) : null;
  // "5% to 8 days", "7% to 50,489 offences", "44 ml to 50 mg": two different quantities, not one range.
  if (unit && pairing && pairing.type !== "score" && (!secondUnit || secondUnit.unit !== unit.unit))
    pairing = null;
  if (pairing?.type === "score") return skipTo(state, pairing.end);
  let low: number | null = core.range ? core.range.low : null;
  let high: number | null = core.range ? core.range.high : null;
  let value = core.value;
  let isRatio = core.isFraction || core.multiple !== undefined;
  if (pairing) {
    end = pairing.end;
    if (pairing.type === "range") {
      low = pairing.low;
      high = pairing.high;
      value = pairing.low;
    } else {
      value = pairing.value;
      isRatio = true;
    }
    unit = secondUnit ?? unit;
  }
  if (unit && unit.end > end) end = unit.end;
  const hasQuantityMarker =
    currency !== null || unit !== null || before !== null || pairing !== null || special;
  if (
    !core.isWords &&
    (isYear(lower, core, hasQuantityMarker) || isLongIdentifier(lower, core, hasQuantityMarker))
  ) {
    return skipTo(state, core.end);
  }
  if (
    !core.isWords &&
    !hasQuantityMarker &&
    (isEarlyYear(lower, core, hasQuantityMarker) || isNameNumber(text, lower, core))
  )
    return skipTo(state, core.end);
  if (
    unit?.kind === "duration" &&
    (isTimeReference(lower, end) || isStatisticWindow(lower, core.end, end))
  )
    return skipTo(state, end);
  if (core.isWords && !acceptWordNumber(lower, core, hasQuantityMarker))
    return skipTo(state, core.end);
  // "World War Two", "Part Three": a capitalised number word after a title word names something.
  if (
    core.isWords &&
    !hasQuantityMarker &&
    isCapital(text.charCodeAt(core.start)) &&
    (isTitleWordBefore(text, core.start) || hasIdentifierPrefix(lower, core.start))
  )
    return skipTo(state, core.end);

  const after = readQualifierAfter(lower, end);
  if (after) end = after.end;
  const sentence = currentSentence(state, core.start);
  const periods =
    sentence.periods ?? (sentence.periods = findPeriods(text, lower, sentence.start, sentence.end));

  const kind: ClaimKind = unit?.kind ?? (currency ? "money" : isRatio ? "ratio" : "count");
  if (core.multiple && !unit) unit = { end, kind: "ratio", unit: "×", currency: null };
  const counted = readCounted(
    text,
    lower,
    end,
    sentence.end,
    kind === "percent" || kind === "ratio",
  );
  const betweenStart = pairing?.type === "range" ? rangeLeadIn(lower, prefixStart) : null;
  // "over three days" is a span of time, not "more than three days".
  const beforeQualifier =
    before && !(kind === "duration" && lower.startsWith("over", before.start)) ? before : null;
  const qualifier: Qualifier =
    pairing?.type === "range" || core.range
      ? "range"
      : (after?.qualifier ?? beforeQualifier?.qualifier ?? "exact");
  const start = Math.min(
    betweenStart ?? prefixStart,
    beforeQualifier && pairing?.type !== "range" ? beforeQualifier.start : prefixStart,
  );
  const claimEnd = counted ? counted.end : end;
  state.resume = end;
  const claimStart = beforeQualifier ? Math.min(start, beforeQualifier.start) : start;
  const reading = readChange({
    lower,
    start: claimStart,
    figureEnd: end,
    kind,
    unit: unit?.unit ?? null,
    sign,
  });
  let change = core.multiple?.change ?? reading.change;
  let from: number | null = null;
  const rows = state.rows;
  const previous = state.previous;
  if (previous >= 0 && state.previousSentenceStart === sentence.start) {
    const link = linkToPrevious(lower, state.link, claimStart, value);
    if (link) {
      if (link.change !== undefined && change === null) change = link.change;
      if (link.from !== undefined) from = link.from;
      if (link.previousFrom !== undefined) {
        rows.setFrom(previous, link.previousFrom);
        if (link.previousChange && rows.changeOf(previous) === null)
          rows.setChange(previous, link.previousChange);
      }
    }
  }
  let subject: string | null | typeof sameAsCounted;
  if (counted) {
    const name = nameOfCounted(lower, counted.text, counted.start, counted.end);
    subject = name === counted.text ? sameAsCounted : name;
  } else subject = readSubject(text, lower, claimStart, sentence.start);
  const offset = state.offset;
  state.previous = rows.add({
    start: start + offset,
    end: claimEnd + offset,
    numberStart: core.start + offset,
    numberEnd: (pairing ? pairing.end : core.end) + offset,
    sentenceStart: sentence.start + offset,
    sentenceEnd: sentence.end + offset,
    value,
    low,
    high,
    kind,
    unit: unit?.unit ?? (currency ? currency.currency : null),
    currency: currency?.currency ?? (unit?.kind === "money" ? unit.currency : null),
    countedStart: counted ? counted.start + offset : -1,
    countedEnd: counted ? counted.end + offset : -1,
    subject,
    qualifier,
    change,
    from,
    period: nearestPeriod(periods, core.start, end, lower),
  });
  state.previousSentenceStart = sentence.start;
  const next = state.link;
  next.end = claimEnd;
  next.value = value;
  next.change = change;
  next.opensFrom = reading.opensFrom;
}

function readUnitAt(text: string, lower: string, at: number): UnitMatch | null {
  // "1.5C": a capital C or F glued to the number is a temperature.
  const degrees = readGluedDegrees(text, at);
  if (degrees) return degrees;
  // "25-year-old", "a 10-point lead": a unit hyphenated onto the number.
  const spacedAt = lower.charCodeAt(at) === 45 ? at + 1 : skipSpaces(lower, at);
  return readUnit(lower, at, spacedAt);
}

/** "between"/"from" opening a range belongs to the highlighted span. */
function rangeLeadIn(lower: string, prefixStart: number): number | null {
  const before = wordBefore(lower, prefixStart);
  return before.word === "between" || before.word === "from" ? before.start : null;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A capitalised word (not the sentence's first) right before: "War Two", "Chapter Three". */
function isTitleWordBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === at || end === 0) return false;
  let start = end;
  while (start > 0 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || !isCapital(text.charCodeAt(start))) return false;
  let before = start;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  // After a full stop or at the start the capital is the sentence's, not a title's.
  return before > 0 && text.charCodeAt(before - 1) !== 46 && text.charCodeAt(before - 1) !== 10;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A plural noun right after: "the two companies" counts companies; "the two met" is a pronoun. */
function isPluralNounAt(lower: string, at: number): boolean {
  const next = wordAfter(lower, at).word;
  return next.length > 2 && next.endsWith("s") && !next.endsWith("ss") && !FUNCTION_WORDS.has(next);
}

function acceptWordNumber(lower: string, core: NumberCore, hasQuantityMarker: boolean): boolean {
  // "a third runway", "a fifth month": an article and an ordinal before a noun, not a share.
  if (
    core.isFraction &&
    core.wordCount === 2 &&
    lower.charCodeAt(core.start) === 97 &&
    !isDigit(lower.charCodeAt(core.start + 1))
  ) {
    const next = wordAfter(lower, core.end).word;
    if (next !== "" && !FUNCTION_WORDS.has(next) && lower.charCodeAt(core.end) === 32) return false;
  }
  if (hasQuantityMarker || core.isFraction || core.wordCount > 1 || core.value > 10) return true;
  const before = wordBefore(lower, core.start).word;
  if (GROUP_DETERMINERS.has(before)) return isPluralNounAt(lower, core.end);
  if (core.isBareOne) {
    const next = wordAfter(lower, core.end).word;
    return ONE_NOUNS.has(next);
  }
  return true;
}

function currentLine(state: ScanState, at: number): { start: number; end: number; junk: boolean } {
  const line = state.line;
  if (at >= line.start && at < line.end) return line;
  // One object per text, rewritten for each line: lines are asked about in text order.
  const text = state.text;
  line.start = at > 0 ? text.lastIndexOf("\n", at - 1) + 1 : 0;
  const end = text.indexOf("\n", at);
  line.end = end < 0 ? text.length : end;
  line.junk = state.junk.isJunkLine(line.start, line.end);
  return line;
}

function currentSentence(
  state: ScanState,
  at: number,
): { start: number; end: number; periods: PeriodSpan[] | null } {
  const sentence = state.sentence;
  if (at >= sentence.start && at < sentence.end) return sentence;
  // Claims come in text order, so the previous sentence's start is a safe place to search from.
  const known = sentence.end > 0 && sentence.start <= at;
  const from = known ? sentence.start : 0;
  // The start is searched for after the earlier sentence's end: its own text holds no later boundary.
  const bounds = sentenceBounds(
    state.text,
    at,
    from,
    known && sentence.end <= at ? sentence.end : from,
  );
  sentence.start = bounds.start;
  sentence.end = bounds.end;
  sentence.periods = null;
  return sentence;
}
