import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Loads the MIT-licensed bench sets and builds the deterministic ~5 MB news-like corpus. */

export function benchDataDir(): string {
  const fromEnv = process.env.TALLY_BENCH_DATA;
  // A worktree sits one level deeper than the main checkout; both find the shared folder.
  const dir =
    fromEnv ??
    [
      path.resolve(process.cwd(), "../shared/bench-data"),
      path.resolve(process.cwd(), "../../shared/bench-data"),
    ].find((d) => existsSync(d)) ??
    path.resolve(process.cwd(), "../shared/bench-data");
  if (!existsSync(dir)) throw new Error(`bench data not found at ${dir} (set TALLY_BENCH_DATA)`);
  return dir;
}

export interface SpecCase {
  Input: string;
  Results: Array<{
    Text: string;
    Start: number;
    End: number;
    TypeName: string;
    Resolution?: { value?: string };
  }>;
}

export function readSpec(dir: string, name: string): SpecCase[] {
  const file = path.join(dir, "recognizers-text-specs/Specs/Number/English", `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as SpecCase[];
}

export interface QuantulumCase {
  req: string;
  res: Array<{ value: number; unit: string; surface: string }>;
}

export function readQuantulum(dir: string): QuantulumCase[] {
  return JSON.parse(
    readFileSync(path.join(dir, "quantulum3/quantities.json"), "utf8"),
  ) as QuantulumCase[];
}

function seedTexts(): string[] {
  const dir = path.join(process.cwd(), "seeds");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeds plus bench sentences, repeated with their digits varied, until `bytes` long. */
export function buildCorpus(dir: string, bytes: number): string {
  const sentences = [
    ...readQuantulum(dir).map((c) => c.req),
    ...["NumberModel", "PercentModel", "NumberRangeModel"].flatMap((n) =>
      readSpec(dir, n).map((c) => c.Input),
    ),
  ].filter((s) => s.length > 20);
  const articles = seedTexts();
  const next = random(42);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const pick = next();
    let chunk: string;
    if (articles.length > 0 && pick < 0.6) {
      chunk = articles[Math.floor(next() * articles.length)]!;
    } else {
      const lines: string[] = [];
      for (let i = 0; i < 8; i++) lines.push(sentences[Math.floor(next() * sentences.length)]!);
      chunk = lines.join(" ");
    }
    // Vary the digits so the engine cannot lean on repeated identical strings.
    chunk = chunk.replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d));
    parts.push(chunk, "\n\n");
    size += chunk.length + 2;
  }
  return parts.join("");
}
