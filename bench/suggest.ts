import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../db";
import { loadArticleMatchClaims, loadCandidateReadings } from "../db/queries/suggestions";
import {
  computeSuggestionsForArticle,
  recomputeSuggestionsForArticle,
} from "../db/services/recompute-suggestions";
import { profileClaim, type ClaimProfile } from "../lib/suggest/profile";
import { profileFromReading } from "../lib/suggest/reading";
import { MIN_SCORE, VALUE_WINDOW, scorePair } from "../lib/suggest/score";
import { generateClaims } from "./suggest-data";

/**
 * `npm run bench:suggest [-- --claims 100000 --articles 200]`: time to compute one article's suggestions
 * with N claims in the database (synthetic, see suggest-data.ts), median and p95 over many articles,
 * against a naive baseline measured in the same run (candidates by a full scan of the claims table,
 * filtered in JS; same scorer).
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const argText = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1]!;
const CLAIMS = arg("claims", 100_000);
const SAMPLE = arg("articles", 200);
const BASELINE_SAMPLE = arg("baseline-articles", 10);

// CPU ms of each measured run, kept beside its wall-clock list.
const cpuTimes = new Map<number[], number[]>();
let lastCpu: number[] = [];

// `--db FILE` keeps the generated database for the next run (generating 1M claims takes minutes).
const keptFile = process.argv.includes("--db") ? argText("db") : null;
const dir = keptFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-suggest-"));
const file = keptFile ?? path.join(dir!, "bench.db");
const reuse = keptFile !== null && fs.existsSync(keptFile);
const { db, sqlite } = createDb(file);
try {
  if (reuse) {
    const { n } = sqlite.prepare("SELECT count(*) AS n FROM claims").get() as { n: number };
    if (n !== CLAIMS) throw new Error(`${file} holds ${n} claims, not ${CLAIMS}: delete it first`);
    console.log(`Reusing ${file}: ${n.toLocaleString("en-US")} claims`);
  } else {
    const t = performance.now();
    const made = generateClaims(sqlite, { claims: CLAIMS });
    sqlite.exec("ANALYZE");
    // Back into the main file: a large write-ahead log left over would be searched on every read.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    console.log(
      `Generated ${made.claims.toLocaleString("en-US")} claims in ${made.articles.toLocaleString("en-US")} articles (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }

  const ids = (
    sqlite.prepare("SELECT id FROM articles ORDER BY random() LIMIT ?").all(SAMPLE) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const plan = sqlite
    .prepare(
      `EXPLAIN QUERY PLAN SELECT id FROM claims WHERE kind = ? AND unit IS ? AND quantity = ? AND value BETWEEN ? AND ? AND article_id <> ? AND deleted_at IS NULL`,
    )
    .all("count", null, "death", 10, 1000, 1) as { detail: string }[];
  console.log(`Candidate lookup plan: ${plan.map((p) => p.detail).join("; ")}`);

  // A server that has been running has its database in the OS page cache; a bench that reads a
  // 1 GB file cold measures the disk instead. Read it through once, and say so.
  const warmed = warmPageCache(file);
  console.log(
    `Read the database file through once to warm the OS page cache, as a running server has it: ${(warmed.bytes / 1e6).toFixed(0)} MB in ${(warmed.ms / 1000).toFixed(1)} s`,
  );

  const loadBefore = os.loadavg()[0]!;
  // Warm-up, then the measured runs.
  for (const id of ids.slice(0, 5)) computeSuggestionsForArticle(db, id);
  const indexed = measure("indexed", ids, (id) => computeSuggestionsForArticle(db, id));
  const withWrites = measure("writes", ids.slice(0, 50), (id) =>
    recomputeSuggestionsForArticle(db, id),
  );
  const baseline = measure("baseline", ids.slice(0, BASELINE_SAMPLE), (id) => naiveSuggestions(id));

  const pairsPerArticle = ids
    .slice(0, 50)
    .map((id) => computeSuggestionsForArticle(db, id).pairs.length);
  console.log(
    `\nMachine load average (1 min): ${loadBefore.toFixed(1)} before the measured runs, ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        " ",
      )} (1/5/15 min) after, on ${os.cpus().length} cores: wall time includes waiting for a core`,
  );
  console.log(
    `Per article, ms (${CLAIMS.toLocaleString("en-US")} claims in the database)      median      p95      max   runs   cpu median   cpu p95`,
  );
  row("indexed lookup + scoring (computeSuggestions)", indexed);
  row("…plus storing them (recomputeSuggestionsForArticle)", withWrites);
  row("baseline: full scan + same scoring", baseline);
  const cpu = (xs: number[]) => cpuTimes.get(xs)!;
  console.log(
    `\nBaseline / indexed: wall median ${(stat(baseline, 0.5) / stat(indexed, 0.5)).toFixed(1)}x, p95 ${(stat(baseline, 0.95) / stat(indexed, 0.95)).toFixed(1)}x; ` +
      `cpu median ${(stat(cpu(baseline), 0.5) / stat(cpu(indexed), 0.5)).toFixed(1)}x`,
  );
  console.log(
    `Suggestions per article (incl. mirrors and parts): median ${stat(pairsPerArticle, 0.5)}`,
  );
  console.log(
    `Target: median under 50 ms → wall ${stat(indexed, 0.5) < 50 ? "met" : "NOT met"}, cpu ${stat(cpu(indexed), 0.5) < 50 ? "met" : "NOT met"}`,
  );
} finally {
  sqlite.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Reads the database file (and its write-ahead log) once, in large blocks, discarding the bytes. */
function warmPageCache(dbFile: string) {
  const t = performance.now();
  const block = Buffer.allocUnsafe(8 << 20);
  let bytes = 0;
  for (const f of [dbFile, `${dbFile}-wal`]) {
    if (!fs.existsSync(f)) continue;
    const fd = fs.openSync(f, "r");
    try {
      for (let n; (n = fs.readSync(fd, block, 0, block.length, null)) > 0;) bytes += n;
    } finally {
      fs.closeSync(fd);
    }
  }
  return { bytes, ms: performance.now() - t };
}

/** Wall-clock ms; the same run's CPU ms (this process, user + system) is kept beside it, because on a
 * shared machine the wall clock also measures waiting for a core. */
function time(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lastCpu.push((c.user + c.system) / 1000);
  return wall;
}
function measure(label: string, ids: number[], fn: (id: number) => unknown) {
  lastCpu = [];
  const wall = ids.map((id) => time(() => fn(id)));
  cpuTimes.set(wall, lastCpu);
  return wall;
}

function stat(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function row(label: string, xs: number[]) {
  const f = (n: number) => n.toFixed(2).padStart(8);
  const cpu = cpuTimes.get(xs) ?? [];
  console.log(
    `  ${label.padEnd(58)} ${f(stat(xs, 0.5))} ${f(stat(xs, 0.95))} ${f(Math.max(...xs))}   ${String(xs.length).padStart(4)}   ${f(stat(cpu, 0.5))}  ${f(stat(cpu, 0.95))}`,
  );
}

/** The naive way: read every claim of other articles and filter in JS, then score the survivors. */
function naiveSuggestions(articleId: number) {
  const own = loadArticleMatchClaims(db, { articleId }).map(profileClaim);
  const all = sqlite
    .prepare(
      `SELECT id, article_id AS articleId, kind, unit, quantity, value FROM claims WHERE deleted_at IS NULL AND value IS NOT NULL`,
    )
    .all() as {
    id: number;
    articleId: number;
    kind: string;
    unit: string | null;
    quantity: string | null;
    value: number;
  }[];
  const wanted = new Set<number>();
  const perClaim = new Map<number, number[]>();
  for (const p of own) {
    const quantity = p.concept ?? "";
    const hits = all.filter(
      (c) =>
        c.articleId !== articleId &&
        c.kind === p.claim.kind &&
        c.unit === p.claim.unit &&
        c.value >= p.claim.value / VALUE_WINDOW &&
        c.value <= p.claim.value * VALUE_WINDOW &&
        c.quantity === quantity,
    );
    perClaim.set(
      p.claim.id,
      hits.map((h) => h.id),
    );
    hits.forEach((h) => wanted.add(h.id));
  }
  // The same candidate reading as the indexed path: only the retrieval differs.
  const candidates = new Map<number, ClaimProfile>();
  for (const { claim, reading } of loadCandidateReadings(db, { ids: [...wanted] })) {
    const profile = profileFromReading(claim, reading);
    if (profile) candidates.set(claim.id, profile);
  }
  let kept = 0;
  for (const p of own)
    for (const id of perClaim.get(p.claim.id) ?? []) {
      const c = candidates.get(id);
      if (!c) continue;
      const s = scorePair(p, c);
      if (s && s.score >= MIN_SCORE) kept++;
    }
  return kept;
}
