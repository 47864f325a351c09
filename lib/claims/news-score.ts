import { detectClaims } from "./detect";
import type { NewsExpectation, NewsSentence } from "./fixtures/news-sentences";
import type { DetectedClaim } from "./types";

/**
 * Scores the detector on labelled sentences the way a held-out news set is scored: by value
 * (each expected value matched at most once) and by value plus qualifier.
 */
export interface NewsScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface NewsMiss {
  text: string;
  missed: NewsExpectation[];
  extra: string[];
}

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a), Math.abs(b));

function matches(claim: DetectedClaim, expected: NewsExpectation, withQualifier: boolean): boolean {
  if (expected[1] === "range") {
    return (
      claim.qualifier === "range" &&
      claim.low !== null &&
      claim.high !== null &&
      close(claim.low, expected[0]) &&
      close(claim.high, expected[2]!)
    );
  }
  if (!close(claim.value, expected[0])) return false;
  return !withQualifier || claim.qualifier === expected[1];
}

function score(tp: number, fp: number, fn: number): NewsScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    tp,
    fp,
    fn,
  };
}

export function scoreNews(
  sentences: NewsSentence[],
  withQualifier: boolean,
): { score: NewsScore; misses: NewsMiss[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: NewsMiss[] = [];
  for (const [text, expected] of sentences) {
    const claims = detectClaims(text);
    const used = new Set<number>();
    const missed: NewsExpectation[] = [];
    for (const item of expected) {
      const index = claims.findIndex((c, i) => !used.has(i) && matches(c, item, withQualifier));
      if (index >= 0) {
        used.add(index);
        tp++;
      } else {
        fn++;
        missed.push(item);
      }
    }
    const extra = claims
      .filter((_, i) => !used.has(i))
      .map((c) => `${c.quote} = ${c.value} ${c.qualifier}`);
    fp += extra.length;
    if (missed.length > 0 || extra.length > 0) misses.push({ text, missed, extra });
  }
  return { score: score(tp, fp, fn), misses };
}
