import { readCounted } from "./counted";
import {
  hasIdentifierPrefix, isDayOfMonth, isGluedToken, isInMachineToken, isJunkLine, isLongIdentifier,
  isPhoneNumber, isStreetAddress, isTimeOfDay, isYear,
} from "./exclusions";
import { readNumberCore, type NumberCore } from "./number-core";
import { findPeriods, nearestPeriod, type PeriodSpan } from "./period";
import { readQualifierAfter, readQualifierBefore } from "./qualifiers";
import { readPairing } from "./ranges";
import { lineBounds, sentenceBounds } from "./sentence";
import { isSpace, lowerSameLength, skipSpaces, wordAfter, wordBefore } from "./text-scan";
import type { ClaimKind, DetectedClaim, Qualifier } from "./types";
import { readCurrencyBefore, readUnit, type UnitMatch } from "./units";

/**
 * One pass over the lower-cased text: a single regex finds where a number could start (a digit or a
 * number word); everything else is read locally around that spot, so cost stays linear in the text.
 */
const CANDIDATE =
  /[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)\b/g;

/** Small number words after these are labels for a known group ("the two countries"), not claims. */
const GROUP_DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "both", "every", "each", "other", "first", "last", "next"]);
/** A lone "one" is usually a pronoun or article; it is a claim only for a countable casualty or case. */
const ONE_NOUNS = new Set(["person", "man", "woman", "child", "boy", "girl", "soldier", "civilian", "officer", "patient", "death", "case", "victim", "baby", "student", "worker", "journalist", "police"]);
const RELATIVE_PERIOD = /\b(?:past|last|previous|next|coming|first|latest)\b/;

interface ScanState {
  text: string;
  lower: string;
  line: { start: number; end: number; junk: boolean } | null;
  sentence: { start: number; end: number; periods: PeriodSpan[] | null } | null;
}

export function detectClaims(text: string): DetectedClaim[] {
  const state: ScanState = { text, lower: lowerSameLength(text), line: null, sentence: null };
  const claims: DetectedClaim[] = [];
  const candidate = new RegExp(CANDIDATE.source, "g");
  for (let match = candidate.exec(state.lower); match; match = candidate.exec(state.lower)) {
    const { claim, resume } = claimAt(state, match.index);
    if (claim) claims.push(claim);
    candidate.lastIndex = Math.max(resume, match.index + match[0].length);
  }
  return claims;
}

function skipTo(resume: number): { claim: null; resume: number } {
  return { claim: null, resume };
}

/** End of the non-space run holding `at`: a rejected machine token is skipped whole. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 10) end++;
  return end;
}

function claimAt(state: ScanState, at: number): { claim: DetectedClaim | null; resume: number } {
  const { text, lower } = state;
  const core = readNumberCore(text, lower, at);
  if (!core) return skipTo(at + 1);
  const line = currentLine(state, core.start);
  if (line.junk) return skipTo(line.end);
  if (!core.isWords) {
    if (isGluedToken(text, lower, core) || isInMachineToken(text, core.start, core.end)) return skipTo(tokenEnd(text, core.start));
    if (isPhoneNumber(text, core)) return skipTo(tokenEnd(text, tokenEnd(text, core.end) + 1));
    if (core.hasLeadingZero || isTimeOfDay(lower, core) || isDayOfMonth(text, lower, core)) return skipTo(core.end);
    if (hasIdentifierPrefix(lower, core.start) || isStreetAddress(text, core)) return skipTo(core.end);
  }
  // "-5", "−2.1%": a sign glued to the number after a space or bracket makes it negative.
  const sign = text.charCodeAt(core.start - 1);
  const signBefore = core.start >= 2 ? text.charCodeAt(core.start - 2) : 32;
  if (!core.isWords && (sign === 45 || sign === 0x2212) && (isSpace(signBefore) || signBefore === 40 || signBefore === 10)) {
    core.start -= 1;
    core.value = -core.value;
  }
  const currency = readCurrencyBefore(text, core.start);
  const prefixStart = currency ? currency.start : core.start;
  const before = readQualifierBefore(lower, prefixStart);

  let end = core.end;
  let unit = readUnitAt(lower, end);
  let pairing = readPairing(text, lower, core, unit ? unit.end : end, prefixStart, currency !== null);
  const secondUnit = pairing && pairing.type !== "score" ? readUnitAt(lower, pairing.end) : null;
  // "5% to 8 days" pairs two different quantities: keep the first alone.
  if (unit && secondUnit && unit.kind !== secondUnit.kind) pairing = null;
  if (pairing?.type === "score") return skipTo(pairing.end);
  let low: number | null = null;
  let high: number | null = null;
  let value = core.value;
  let isRatio = core.isFraction;
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
  const hasQuantityMarker = currency !== null || unit !== null || before !== null || pairing !== null;
  if (!core.isWords && (isYear(lower, core, hasQuantityMarker) || isLongIdentifier(lower, core, hasQuantityMarker))) {
    return skipTo(core.end);
  }
  if (core.isWords && !acceptWordNumber(lower, core, hasQuantityMarker)) return skipTo(core.end);

  const after = readQualifierAfter(lower, end);
  if (after) end = after.end;
  const sentence = currentSentence(state, core.start);
  const periods = sentence.periods ?? (sentence.periods = findPeriods(text, lower, sentence.start, sentence.end));
  if (periods.some((p) => p.start <= core.start && p.end >= end && RELATIVE_PERIOD.test(p.text))) return skipTo(end);

  const kind: ClaimKind = unit?.kind ?? (currency ? "money" : isRatio ? "ratio" : "count");
  const counted = readCounted(text, lower, end, sentence.end, kind === "percent" || kind === "ratio");
  const betweenStart = pairing?.type === "range" ? rangeLeadIn(lower, prefixStart) : null;
  // "over three days" is a span of time, not "more than three days".
  const beforeQualifier = before && !(kind === "duration" && lower.startsWith("over", before.start)) ? before : null;
  const qualifier: Qualifier = pairing?.type === "range" ? "range" : (after?.qualifier ?? beforeQualifier?.qualifier ?? "exact");
  const start = Math.min(betweenStart ?? prefixStart, beforeQualifier && pairing?.type !== "range" ? beforeQualifier.start : prefixStart);
  const claimEnd = counted ? counted.end : end;
  return {
    claim: {
      start, end: claimEnd, numberStart: core.start, numberEnd: pairing ? pairing.end : core.end,
      sentenceStart: sentence.start, sentenceEnd: sentence.end, quote: text.slice(start, claimEnd),
      value, low, high, kind,
      unit: unit?.unit ?? (currency ? currency.currency : null),
      currency: currency?.currency ?? (unit?.kind === "money" ? unit.currency : null),
      counted: counted?.text ?? null, qualifier,
      period: nearestPeriod(periods, core.start, end),
    },
    resume: end,
  };
}

function readUnitAt(lower: string, at: number): UnitMatch | null {
  // "25-year-old", "a 10-point lead": a unit hyphenated onto the number.
  const spacedAt = lower.charCodeAt(at) === 45 ? at + 1 : skipSpaces(lower, at);
  return readUnit(lower, at, spacedAt);
}

/** "between"/"from" opening a range belongs to the highlighted span. */
function rangeLeadIn(lower: string, prefixStart: number): number | null {
  const before = wordBefore(lower, prefixStart);
  return before.word === "between" || before.word === "from" ? before.start : null;
}

function acceptWordNumber(lower: string, core: NumberCore, hasQuantityMarker: boolean): boolean {
  if (hasQuantityMarker || core.isFraction || core.wordCount > 1 || core.value > 10) return true;
  const before = wordBefore(lower, core.start).word;
  if (GROUP_DETERMINERS.has(before)) return false;
  if (core.isBareOne) {
    const next = wordAfter(lower, core.end).word;
    return ONE_NOUNS.has(next);
  }
  return true;
}

function currentLine(state: ScanState, at: number): { start: number; end: number; junk: boolean } {
  if (state.line && at >= state.line.start && at < state.line.end) return state.line;
  const bounds = lineBounds(state.text, at);
  state.line = { start: bounds.start, end: bounds.end, junk: isJunkLine(state.lower, bounds.start, bounds.end) };
  return state.line;
}

function currentSentence(state: ScanState, at: number): { start: number; end: number; periods: PeriodSpan[] | null } {
  if (state.sentence && at >= state.sentence.start && at < state.sentence.end) return state.sentence;
  const bounds = sentenceBounds(state.text, at);
  state.sentence = { start: bounds.start, end: bounds.end, periods: null };
  return state.sentence;
}
