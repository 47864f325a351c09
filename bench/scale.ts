import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb } from "@/db";
import { listArticlesForApi } from "@/db/queries/api-articles";
import { listDisputedClaims } from "@/db/queries/review";
import { searchClaims } from "@/db/queries/search";
import { loadArticleMatchClaims } from "@/db/queries/suggestions";
import { claimNextJob, completeJob, enqueueJob } from "@/db/jobs/queue";
import { drainJobs } from "@/db/jobs/worker";
import { computeSuggestionsForArticle } from "@/db/services/recompute-suggestions";
import { importItems } from "@/db/services/import-batch";
import type { ImportItem } from "@/lib/import/files";
import { searchQuerySchema } from "@/lib/validation/search";
import { COUNTED, generateScaleDb, random } from "./scale-data";

/**
 * `npm run bench:scale [-- ARTICLES [CLAIMS_PER_ARTICLE]]`: a decade of archive (100,000 articles, 1,000,000
 * claims with notes, sources, links, suggestions and jobs), then each figure beside a baseline measured
 * in the same run on the same database. Prints measured figures only.
 */
const ARTICLES = Number(process.argv[2] ?? 100_000);
const PER_ARTICLE = Number(process.argv[3] ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 20);

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
/** Median over RUNS calls, each with its own arguments (so no answer is served from one warm page). */
function measure(run: (i: number) => unknown, runs = RUNS): number {
  run(0);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const t = performance.now();
    run(i);
    times.push(performance.now() - t);
  }
  return median(times);
}
function row(label: string, value: string, baseline: string) {
  console.log(`  ${label.padEnd(46)} ${value.padStart(14)}   baseline: ${baseline}`);
}

const generated = generateScaleDb({ articles: ARTICLES, claimsPerArticle: PER_ARTICLE });
console.log(
  `Generated ${ARTICLES.toLocaleString("en-US")} articles, ${generated.claims.toLocaleString("en-US")} claims in ${generated.seconds.toFixed(1)} s (search index ${generated.indexSeconds.toFixed(1)} s of it): ${generated.file}`,
);
const { db, sqlite } = createDb(generated.file);
const count = (table: string) =>
  db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n;
console.log(
  `  notes ${count("notes")}, sources ${count("sources")}, claim sources ${count("claim_sources")}, links ${count("claim_links")}, suggestions ${count("link_suggestions")}, jobs ${count("jobs")}\n`,
);

const rand = random(99);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const search = (raw: Record<string, string>) => searchClaims(db, searchQuerySchema.parse(raw));

// --- Search --------------------------------------------------------------------------------------
console.log("Search (median of varied queries)");
const words = () =>
  `${pick(COUNTED)} ${pick(["killed", "displaced", "registered", "evacuated", "treated"])}`;
const range = () => {
  const low = Math.floor(10 ** (1 + rand() * 3.5));
  return { min: String(low), max: String(Math.round(low * 1.2)) };
};
const textMs = measure(() => search({ q: words() }));
const rangeMs = measure(() => search(range()));
const bothMs = measure(() => search({ q: pick(COUNTED), ...range() }));
const rareMs = measure(() => search({ q: `report ${1 + Math.floor(rand() * 1000)}` }));
const likeMs = measure(
  () =>
    db.all(
      sql`select id from claims where quote like ${`%${pick(COUNTED)} ${pick(["kill", "displac"])}%`} and deleted_at is null limit 400`,
    ),
  5,
);
const likeRangeMs = measure(
  () =>
    db.all(
      sql`select id from claims where counted like ${`%${pick(COUNTED)}%`} and value between 500 and 600 order by id desc limit 400`,
    ),
  5,
);
row("text (two words)", ms(textMs), `LIKE '%…%' over claim quotes ${ms(likeMs)}`);
row("numeric range (±20 %)", ms(rangeMs), `LIKE + range, no index ${ms(likeRangeMs)}`);
row("text + numeric range", ms(bothMs), `LIKE + range ${ms(likeRangeMs)}`);
row("rare words (a source's title)", ms(rareMs), `LIKE ${ms(likeMs)}`);
console.log(
  `  target: median < 50 ms for text, numeric and combined: ${[textMs, rangeMs, bothMs].every((t) => t < 50) ? "met" : "NOT MET"}\n`,
);

// --- Lists ---------------------------------------------------------------------------------------
console.log("Lists");
const maxId = db.get<{ n: number }>(sql`select max(id) as n from articles`).n;
const firstPage = measure(() => listArticlesForApi(db, { limit: 50 }));
const deepPage = measure(() =>
  listArticlesForApi(db, { afterId: maxId - 50 - Math.floor(rand() * 50), limit: 50 }),
);
const offsetDeep = measure(
  () =>
    db.all(
      sql`select id, title from articles order by id limit 50 offset ${maxId - 60 - Math.floor(rand() * 50)}`,
    ),
  5,
);
row(
  "API article list, first page (50)",
  ms(firstPage),
  `bare OFFSET deepest page ${ms(offsetDeep)}`,
);
row(
  "API article list, deepest page (keyset)",
  ms(deepPage),
  `bare OFFSET deepest page ${ms(offsetDeep)}`,
);
const sourcesFirst = measure(() =>
  db.all(sql`select id, title from sources order by title, id limit 50`),
);
row("sources, first page (50)", ms(sourcesFirst), "—");
const queueFirst = measure(() =>
  listDisputedClaims(db, { order: "newest", filters: {}, limit: 20 }),
);
const disputedCount = measure(
  () => db.get(sql`select count(*) from claims where status = 'disputed'`),
  5,
);
row("review queue, first page (20)", ms(queueFirst), `count(*) of disputed ${ms(disputedCount)}`);
console.log();

// --- Suggestions ---------------------------------------------------------------------------------
console.log("One article's suggestions");
const suggestMs = measure(
  () => computeSuggestionsForArticle(db, 1 + Math.floor(rand() * ARTICLES)),
  Math.min(RUNS, 9),
);
const loadMs = measure(() =>
  loadArticleMatchClaims(db, { articleId: 1 + Math.floor(rand() * ARTICLES) }),
);
row("compute suggestions for one article", ms(suggestMs), `loading its claims alone ${ms(loadMs)}`);
console.log();

// --- Job queue -----------------------------------------------------------------------------------
console.log("Job queue");
const JOBS = 2_000;
let t = performance.now();
for (let i = 0; i < JOBS; i++)
  enqueueJob(db, { kind: "bench.noop", key: `bench:${i}`, payload: {} });
const enqueueMs = (performance.now() - t) / JOBS;
t = performance.now();
for (let i = 0; i < JOBS; i++) {
  const job = claimNextJob(db, { leaseMs: 60_000 })!;
  db.transaction(() => completeJob(db, job));
}
const cycleMs = (performance.now() - t) / JOBS;
t = performance.now();
for (let i = 0; i < JOBS; i++)
  db.run(sql`insert or replace into settings (key, value) values ('bench', ${String(i)})`);
const upsertMs = (performance.now() - t) / JOBS;
row("enqueue one job", ms(enqueueMs), `one-row upsert ${ms(upsertMs)}`);
row("claim + complete one job (no work)", ms(cycleMs), `one-row upsert ${ms(upsertMs)}`);
console.log();

// --- Import end to end ----------------------------------------------------------------------------
console.log(`Import of ${IMPORTS} articles into the full archive`);
const seedDir = path.join(process.cwd(), "seeds");
const seeds = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(seedDir, f), "utf8"));
const items = (offset: number): ImportItem[] =>
  Array.from({ length: IMPORTS }, (_, n) => {
    const i = n + offset;
    let k = i;
    const body = seeds[i % seeds.length]!.replace(/\d+/g, (d) =>
      String((Number(d) + (k++ % 97) + i) % 10 ** Math.max(1, d.length)),
    );
    return { ok: true, label: `scale-${i}`, input: { title: `Imported ${i}`, body } };
  });
t = performance.now();
const alone = importItems(db, items(0), { actorId: null, suggestions: false });
const aloneSeconds = (performance.now() - t) / 1000;
t = performance.now();
const queued = importItems(db, items(IMPORTS), { actorId: null });
const importSeconds = (performance.now() - t) / 1000;
t = performance.now();
const jobsRun = drainJobs(db);
const drainSeconds = (performance.now() - t) / 1000;
const endToEnd = queued.created / (importSeconds + drainSeconds);
row(
  "import, returns (suggestions queued)",
  `${(queued.created / importSeconds).toFixed(0)} art/s`,
  `import without follow-ups ${(alone.created / aloneSeconds).toFixed(0)} art/s`,
);
row(
  `end to end, queue drained (${jobsRun} jobs)`,
  `${endToEnd.toFixed(0)} art/s`,
  `import without follow-ups ${(alone.created / aloneSeconds).toFixed(0)} art/s`,
);
console.log(
  `  (${queued.created} created, ${queued.duplicates} duplicates, ${queued.failed} failed; import ${importSeconds.toFixed(1)} s + queue ${drainSeconds.toFixed(1)} s)`,
);
console.log(`  target ≥ 100 articles/s end to end: ${endToEnd >= 100 ? "met" : "NOT MET"}\n`);

// --- Size ----------------------------------------------------------------------------------------
sqlite.pragma("wal_checkpoint(TRUNCATE)");
const size = fs.statSync(generated.file).size;
let ftsBytes = 0;
try {
  ftsBytes =
    db.get<{ n: number }>(sql`select sum(pgsize) as n from dbstat where name like '%_fts%'`)?.n ??
    0;
} catch {
  ftsBytes = Number.NaN; // dbstat not compiled in
}
const text = db.get<{ n: number }>(
  sql`select (select sum(length(body) + length(title)) from articles) + (select sum(length(quote)) from claims) as n`,
).n;
console.log("Database");
row(
  "file size",
  `${(size / 1e6).toFixed(0)} MB`,
  `article and quote text alone ${(text / 1e6).toFixed(0)} MB; search index ${Number.isNaN(ftsBytes) ? "?" : (ftsBytes / 1e6).toFixed(0)} MB of the file`,
);

sqlite.close();
generated.cleanup();
