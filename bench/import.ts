import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../db";
import { insertArticle } from "../db/queries/article-writes";
import { detectClaims } from "../lib/claims";
import { bodyHash } from "../lib/import/normalize";
import type { ImportItem } from "../lib/import/files";
import { importItems } from "../db/services/import-batch";

/** `npm run bench:import`: 1,000 generated articles through the real import path (validation, cleaning,
 * detection, one transaction each) on a fresh database file, against baselines measured in the same run. */

const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const seedDir = path.join(process.cwd(), "seeds");
const seeds = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(seedDir, f), "utf8"));

/** Seed articles (with their furniture) with every number changed and paragraphs rotated: no two alike. */
function generate(n: number): ImportItem[] {
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    let k = i;
    const varied = seed.replace(/\d+/g, (d) =>
      String((Number(d) + (k++ % 97) + i) % 10 ** Math.max(1, d.length)),
    );
    const paragraphs = varied.split("\n\n");
    const rotate = i % paragraphs.length;
    const head = paragraphs.slice(0, 2);
    const rest = paragraphs.slice(2);
    const body = [
      ...head,
      ...rest.slice(rotate % Math.max(1, rest.length)),
      ...rest.slice(0, rotate % Math.max(1, rest.length)),
    ].join("\n\n");
    return {
      ok: true,
      label: `generated-${i + 1}`,
      input: { title: `Generated article ${i + 1}`, url: `https://bench.example/a/${i + 1}`, body },
    };
  });
}

function freshDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-import-"));
  const { db, sqlite } = createDb(path.join(dir, "bench.db"));
  return { db, done: () => (sqlite.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

const items = generate(COUNT);
const bodies = items.map((item) => (item.ok ? String(item.input.body) : ""));
const megabytes = bodies.reduce((n, b) => n + b.length, 0) / 1e6;

// Baseline 1: the raw insert, one transaction per article, no validation, cleaning or detection.
const raw = freshDb();
let t = performance.now();
for (const [i, body] of bodies.entries()) {
  raw.db.transaction((tx) =>
    insertArticle(tx, { title: `Raw ${i}`, body, bodyHash: bodyHash(body) }),
  );
}
const rawSeconds = (performance.now() - t) / 1000;
raw.done();

// Baseline 2: the detector alone over the same texts.
t = performance.now();
let detectedCount = 0;
for (const body of bodies) detectedCount += detectClaims(body).length;
const detectSeconds = (performance.now() - t) / 1000;

// The real path: validation, cleaning, detection, one transaction per article (link suggestions timed below).
const real = freshDb();
t = performance.now();
const summary = importItems(real.db, items, { actorId: null, suggestions: false });
const importSeconds = (performance.now() - t) / 1000;
const claimsStored = summary.results.reduce(
  (n, r) => n + (r.status === "created" ? r.claimCount : 0),
  0,
);
real.done();

// The same path with link suggestions after each article, as the app runs it, within a time budget:
// every article is compared with all earlier ones, so the rate falls as the database fills.
const budgetMs = Number(process.env.BENCH_SUGGEST_BUDGET_MS ?? 20_000);
const full = freshDb();
let fullCount = 0;
t = performance.now();
while (fullCount < COUNT && performance.now() - t < budgetMs) {
  importItems(full.db, [items[fullCount]!], { actorId: null });
  fullCount++;
}
const fullSeconds = (performance.now() - t) / 1000;
full.done();

const rate = (s: number, n = COUNT) => n / s;
const fmt = (n: number) => n.toFixed(0).padStart(8);
console.log(
  `${COUNT} generated articles (${megabytes.toFixed(2)} MB, seed articles with furniture, numbers varied)`,
);
console.log(
  `  import (validate + clean + detect + store):  ${fmt(rate(importSeconds))} articles/s  (${importSeconds.toFixed(2)} s; created ${summary.created}, duplicates ${summary.duplicates}, failed ${summary.failed}; ${claimsStored} claims)`,
);
console.log(
  `  with link suggestions (lib/suggest), ${(budgetMs / 1000).toFixed(0)} s budget: ${fmt(rate(fullSeconds, fullCount))} articles/s  (${fullCount} articles in ${fullSeconds.toFixed(2)} s)`,
);
console.log(
  `  baseline: raw insert, no cleaning/detection: ${fmt(rate(rawSeconds))} articles/s  (${rawSeconds.toFixed(2)} s)`,
);
console.log(
  `  baseline: detector alone:                    ${fmt(rate(detectSeconds))} articles/s  (${detectSeconds.toFixed(2)} s; ${detectedCount} claims)`,
);
console.log(
  `  import / raw insert: ${(rate(importSeconds) / rate(rawSeconds)).toFixed(2)}x   import / detector alone: ${(rate(importSeconds) / rate(detectSeconds)).toFixed(2)}x`,
);
const target = 100;
console.log(
  `  target ≥ ${target} articles/s: ${rate(importSeconds) >= target ? "met" : "NOT MET"}`,
);
if (summary.failed > 0) {
  console.error(summary.results.find((r) => r.status === "failed"));
  process.exitCode = 1;
}
