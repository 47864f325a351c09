/** Time budgets for hostile inputs, set against a plain linear scan of the same input measured in
 * the same run, so the suite holds on a slow or busy machine yet fails on super-linear work: a
 * quadratic pattern on 16,000 characters costs ~10^8 steps, far beyond any constant factor of a scan. */

/** How many times slower than a one-pass character loop a processor may be: regexes, and an object
 * per line or per number, cost far more than a character; a super-linear pass costs far more still. */
export const LINEAR_FACTOR = 2_000;
/** Fixed allowance for timer resolution, JIT warm-up and a GC pause, in milliseconds. */
export const CONSTANT_MS = 40;

let sink = 0;

/** The baseline: one pass over the input that touches every character. */
export function plainScan(input: string): number {
  let hash = 0;
  for (let i = 0; i < input.length; i++) hash = (hash * 31 + input.charCodeAt(i)) | 0;
  return hash;
}

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  sink ^= Number(Boolean(run()));
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface Measured {
  ms: number;
  scanMs: number;
  budgetMs: number;
  ok: boolean;
}

/** Times `run` on `input` against the budget. One timing is enough when it is well inside; an input
 * over budget is measured twice more and judged by the median, so one GC pause or a busy neighbour
 * does not fail the suite, while a real blow-up is over budget every time. */
export function measure(
  input: string,
  run: (input: string) => unknown,
  factor = LINEAR_FACTOR,
  constantMs = CONSTANT_MS,
): Measured {
  const scanOnce = () => timeOnce(() => plainScan(input));
  let scanMs = median([scanOnce(), scanOnce(), scanOnce()]);
  let ms = timeOnce(() => run(input));
  let budgetMs = factor * scanMs + constantMs;
  if (ms > budgetMs) {
    ms = median([ms, timeOnce(() => run(input)), timeOnce(() => run(input))]);
    scanMs = median([scanMs, scanOnce(), scanOnce()]);
    budgetMs = factor * scanMs + constantMs;
  }
  return { ms, scanMs, budgetMs, ok: ms <= budgetMs && sink !== Number.NaN };
}

/** Lengths a hostile run is grown through, smallest first: a cubic pattern is caught at the first
 * (1,000 characters already take ~0.5 s), a quadratic one at the second (~10^8 steps), and the
 * first failure stops the family before a larger run can hang the suite. */
export const LADDER = [1_000, 16_000] as const;

/** Describes a failure so the report names the input and the figures. */
export function explain(label: string, m: Measured): string {
  return `${label}: ${m.ms.toFixed(1)} ms, budget ${m.budgetMs.toFixed(1)} ms (scan ${m.scanMs.toFixed(3)} ms)`;
}

/** Grows each hostile input through the ladder and stops at the first length over budget (a larger one
 * could run for hours); returns the failures, at most `limit` of them. */
export function overBudget(
  family: (length: number) => Iterable<{ label: string; input: string }>,
  run: (input: string) => unknown,
  {
    ladder = LADDER,
    limit = 5,
    factor = LINEAR_FACTOR,
    constantMs = CONSTANT_MS,
  }: { ladder?: readonly number[]; limit?: number; factor?: number; constantMs?: number } = {},
): string[] {
  const failed = new Set<string>();
  const report: string[] = [];
  for (const length of ladder) {
    for (const { label, input } of family(length)) {
      // One report per opener and unit: the closers of a family fail together.
      const key = label.replace(/×\d+.*$/, "");
      if (failed.has(key)) continue;
      const m = measure(input, run, factor, constantMs);
      if (m.ok) continue;
      failed.add(key);
      report.push(explain(label, m));
      if (report.length >= limit) return report;
    }
  }
  return report;
}
