import { detectClaims } from "../lib/claims";
import type { DetectedClaim } from "../lib/claims";
import type { QuantulumCase, SpecCase } from "./detect-data";
import type { LabelledClaim, LabelledSentence } from "./detect-labelled";

/**
 * Precision/recall/F1 by value: each expected value is matched at most once by a predicted value
 * (relative tolerance 1e-4, because specs round fractions). Expected items a news claim detector
 * should not report are tagged with a reason; scores are printed with and without them.
 */

export interface Expected {
  value: number;
  text: string;
  input: string;
  start: number;
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a), Math.abs(b));

/** Why an expected item is out of scope for news claims, or null when it is in scope. */
export function outOfScope(item: Expected): string | null {
  const { text, input, start } = item;
  const lower = text.toLowerCase();
  if (/^\d{4}$/.test(text) && item.value >= 1700 && item.value <= 2099) return "year";
  const before = input.charAt(start - 1);
  const after = input.charAt(start + text.length);
  if (
    (/[A-Za-z\-\/.:+]/.test(before) && /\d/.test(text.charAt(0))) ||
    (/^[\/.:]\d|^[A-Za-z]/.test(input.slice(start + text.length)) &&
      /\d$/.test(text) &&
      after !== "" &&
      !/^(?:k|m|bn|b|mm)\b/i.test(input.slice(start + text.length)))
  ) {
    return "identifier, date, phone or IP fragment";
  }
  if (
    lower === "one" ||
    lower === "a" ||
    lower === "an" ||
    (/^(?:a|an|one) [a-z']+$/.test(lower) && item.value === 1)
  )
    return "lone 'one'/article (pronoun, not a count)";
  if (
    item.value < 0 ||
    /\d[e^×x]|\^|point|nought|naught|lakh|crore|\bover\b|negative|minus|dzs?|dozs|\d,\d{2}(?!\d)|\d\.\d{3},|\d \d{3}|\d\u202f\d|th(?:s)?$|tieth|firsts?$|ths\b|\d,\d(?!\d)/.test(
      lower,
    )
  ) {
    return "exotic notation (scientific, spoken decimals, Indian/European grouping, negatives, n-ths)";
  }
  return null;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Values a claim stands for when the spec lists each number separately: both ends of a range. */
function valuesOf(claim: DetectedClaim, rangeAs: "ends" | "midpoint"): number[] {
  if (claim.low !== null && claim.high !== null)
    return rangeAs === "ends" ? [claim.low, claim.high] : [(claim.low + claim.high) / 2];
  return [claim.value];
}

/** One sentence the detector got wrong: in-scope values it missed and values it made up. */
export interface Failure {
  input: string;
  missed: string[];
  extra: string[];
}

export function evaluate(
  cases: Array<{ input: string; expected: Expected[] }>,
  rangeAs: "ends" | "midpoint",
) {
  const all = { tp: 0, fp: 0, fn: 0 };
  const scoped = { tp: 0, fp: 0, fn: 0 };
  const excluded = new Map<string, number>();
  const failures: Failure[] = [];
  for (const { input, expected } of cases) {
    const claims = detectClaims(input);
    const predicted = claims.flatMap((c) => valuesOf(c, rangeAs));
    const quotes = claims.flatMap((c) => valuesOf(c, rangeAs).map(() => c.quote));
    const used = new Set<number>();
    const missed: string[] = [];
    for (const item of expected) {
      const index = predicted.findIndex((v, i) => !used.has(i) && close(v, item.value));
      const reason = outOfScope(item);
      if (reason) excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
      if (index >= 0) {
        used.add(index);
        all.tp++;
        if (!reason) scoped.tp++;
      } else {
        all.fn++;
        if (!reason) {
          scoped.fn++;
          missed.push(`${item.text} = ${item.value}`);
        }
      }
    }
    const extra = predicted.length - used.size;
    all.fp += extra;
    scoped.fp += extra;
    if (missed.length > 0 || extra > 0) {
      const made = predicted.flatMap((v, i) => (used.has(i) ? [] : [`${quotes[i]} = ${v}`]));
      failures.push({ input, missed, extra: made });
    }
  }
  return {
    all: score(all.tp, all.fp, all.fn),
    scoped: score(scoped.tp, scoped.fp, scoped.fn),
    excluded,
    failures,
  };
}

export function specCases(spec: SpecCase[]): Array<{ input: string; expected: Expected[] }> {
  return spec.map((c) => ({
    input: c.Input,
    expected: c.Results.map((r) => ({
      value: Number(String(r.Resolution?.value ?? "NaN").replace(/%$/, "")),
      text: r.Text,
      input: c.Input,
      start: r.Start,
    })).filter((e) => Number.isFinite(e.value)),
  }));
}

/** Range specs resolve to "[20,30)" style intervals: each finite end is an expected value. */
export function rangeSpecCases(spec: SpecCase[]): Array<{ input: string; expected: Expected[] }> {
  return spec.map((c) => ({
    input: c.Input,
    expected: c.Results.flatMap((r) =>
      String(r.Resolution?.value ?? "")
        .replace(/[\[\]()]/g, "")
        .split(",")
        .filter((s) => s.trim() !== "")
        .map((s) => ({ value: Number(s), text: r.Text, input: c.Input, start: r.Start })),
    ),
  }));
}

export function quantulumCases(
  cases: QuantulumCase[],
): Array<{ input: string; expected: Expected[] }> {
  return cases.map((c) => ({
    input: c.req,
    expected: c.res.map((r) => ({
      value: r.value,
      text: r.surface,
      input: c.req,
      start: c.req.indexOf(r.surface),
    })),
  }));
}

/** One labelled sentence the detector got wrong, for --failures. */
export interface LabelledFailure {
  section: string;
  input: string;
  missed: string[];
  extra: string[];
  wrongChange: string[];
  wrongSpan: string[];
}

export interface LabelledScores {
  sentences: number;
  value: Score;
  valueChange: Score;
  span: Score;
  failures: LabelledFailure[];
}

function sameValue(claim: DetectedClaim, expected: LabelledClaim): boolean {
  if (expected.low !== expected.high)
    return (
      claim.low !== null &&
      claim.high !== null &&
      close(claim.low, expected.low) &&
      close(claim.high, expected.high)
    );
  return claim.low === null && close(claim.value, expected.low);
}

function sameChange(claim: DetectedClaim, expected: LabelledClaim): boolean {
  if (claim.change !== expected.change) return false;
  if (expected.from === null) return claim.from === null;
  return claim.from !== null && close(claim.from, expected.from);
}

/** The highlight covers the labelled figure and its number starts inside it. */
function sameSpan(claim: DetectedClaim, expected: LabelledClaim): boolean {
  return (
    claim.start <= expected.start &&
    claim.end >= expected.end &&
    claim.numberStart >= expected.start &&
    claim.numberStart < expected.end
  );
}

/** Greedy one-to-one matching in text order; returns how many expected claims found a partner. */
function matchCount(
  claims: DetectedClaim[],
  expected: LabelledClaim[],
  same: (c: DetectedClaim, e: LabelledClaim) => boolean,
  unmatched?: LabelledClaim[],
): number {
  const used = new Set<number>();
  let matched = 0;
  for (const item of expected) {
    const index = claims.findIndex((c, i) => !used.has(i) && same(c, item));
    if (index >= 0) {
      used.add(index);
      matched++;
    } else unmatched?.push(item);
  }
  return matched;
}

const describeClaim = (c: DetectedClaim) =>
  `${c.quote} = ${c.low !== null ? `${c.low}..${c.high}` : c.value} ${c.unit ?? ""} ${c.change ?? "-"}${c.from !== null ? ` from ${c.from}` : ""}`;
const describeLabel = (e: LabelledClaim) =>
  `${e.span} = ${e.low === e.high ? e.low : `${e.low}..${e.high}`} ${e.unit} ${e.change ?? "-"}${e.from !== null ? ` from ${e.from}` : ""}`;

/**
 * Scored the way the CQE paper (EMNLP 2023) scores news quantities: value F1 matches a prediction to a
 * labelled quantity by value (both ends for a range), value+change F1 also needs the direction and the
 * starting level, span F1 needs the highlight to cover the labelled figure.
 */
export function evaluateLabelled(sentences: LabelledSentence[]): LabelledScores {
  const counts = {
    value: { tp: 0, fp: 0, fn: 0 },
    valueChange: { tp: 0, fp: 0, fn: 0 },
    span: { tp: 0, fp: 0, fn: 0 },
  };
  const failures: LabelledFailure[] = [];
  for (const sentence of sentences) {
    const claims = detectClaims(sentence.text);
    const missedLabels: LabelledClaim[] = [];
    const byValue = matchCount(claims, sentence.claims, sameValue, missedLabels);
    const byChange = matchCount(
      claims,
      sentence.claims,
      (c, e) => sameValue(c, e) && sameChange(c, e),
    );
    const bySpan = matchCount(claims, sentence.claims, sameSpan);
    for (const [key, tp] of [
      ["value", byValue],
      ["valueChange", byChange],
      ["span", bySpan],
    ] as const) {
      counts[key].tp += tp;
      counts[key].fp += claims.length - tp;
      counts[key].fn += sentence.claims.length - tp;
    }
    const extra = claims.filter((c) => !sentence.claims.some((e) => sameValue(c, e)));
    const wrongChange = sentence.claims.filter(
      (e) =>
        claims.some((c) => sameValue(c, e)) &&
        !claims.some((c) => sameValue(c, e) && sameChange(c, e)),
    );
    const wrongSpan = sentence.claims.filter(
      (e) => claims.some((c) => sameValue(c, e)) && !claims.some((c) => sameSpan(c, e)),
    );
    if (missedLabels.length + extra.length + wrongChange.length + wrongSpan.length > 0)
      failures.push({
        section: sentence.section,
        input: sentence.text,
        missed: missedLabels.map(describeLabel),
        extra: extra.map(describeClaim),
        wrongChange: wrongChange.map(
          (e) =>
            `${describeLabel(e)} — got ${claims
              .filter((c) => sameValue(c, e))
              .map(describeClaim)
              .join("; ")}`,
        ),
        wrongSpan: wrongSpan.map(
          (e) =>
            `${e.span} — got ${claims
              .filter((c) => sameValue(c, e))
              .map((c) => c.quote)
              .join("; ")}`,
        ),
      });
  }
  return {
    sentences: sentences.length,
    value: score(counts.value.tp, counts.value.fp, counts.value.fn),
    valueChange: score(counts.valueChange.tp, counts.valueChange.fp, counts.valueChange.fn),
    span: score(counts.span.tp, counts.span.fp, counts.span.fn),
    failures,
  };
}
