import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb } from "@/db";
import { listArticlesForApi } from "@/db/queries/api-articles";
import { listDisputedClaims } from "@/db/queries/review";
import { searchArticles } from "@/db/queries/article-list";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { exportAnnotationPage } from "@/db/queries/annotation-collection";
import { listSourcesWithCounts } from "@/db/queries/sources";
import { searchClaims } from "@/db/queries/search";
import { loadArticleMatchClaims } from "@/db/queries/suggestions";
import { claimNextJob, completeJob, enqueueJob } from "@/db/jobs/queue";
import { drainJobs } from "@/db/jobs/worker";
import { computeSuggestionsForArticle } from "@/db/services/recompute-suggestions";
import { importItems } from "@/db/services/import-batch";
import type { ImportItem } from "@/lib/import/files";
import { searchQuerySchema } from "@/lib/validation/search";
import { COUNTED, random } from "./scale-data";
import { scaleWorkDb } from "./scale-cache";
import { benchHttp } from "./scale-http";

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

const generated = scaleWorkDb({ articles: ARTICLES, claimsPerArticle: PER_ARTICLE });
console.log(
  generated.generatedSeconds === null
    ? `Reused the archive generated earlier with the same parameters and schema (${ARTICLES.toLocaleString("en-US")} articles, ${generated.claims.toLocaleString("en-US")} claims): ${generated.cacheFile}, copied to ${generated.file}`
    : `Generated ${ARTICLES.toLocaleString("en-US")} articles, ${generated.claims.toLocaleString("en-US")} claims in ${generated.generatedSeconds.toFixed(1)} s (search index ${generated.indexSeconds!.toFixed(1)} s of it), kept as ${generated.cacheFile} for the next run`,
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
console.log("Lists: first and deepest page of each (keyset; median of varied pages)");
const maxId = db.get<{ n: number }>(sql`select max(id) as n from articles`).n;
const maxClaimId = db.get<{ n: number }>(sql`select max(id) as n from claims`).n;
const minSourceId = db.get<{ n: number }>(sql`select min(id) as n from sources`).n;
const offsetDeep = measure(
  () =>
    db.all(
      sql`select id, title from articles order by id limit 50 offset ${maxId - 60 - Math.floor(rand() * 50)}`,
    ),
  5,
);
const listTimes: number[] = [];
const listRow = (
  label: string,
  median: number,
  baseline = `bare OFFSET deepest page ${ms(offsetDeep)}`,
) => {
  listTimes.push(median);
  row(label, ms(median), baseline);
};
// The article list's last pages: cursors among the oldest articles in its order (undated last).
const oldest = db
  .all<{ id: number }>(
    sql`select id from articles order by coalesce(published_at, '') asc, id asc limit 200`,
  )
  .map((r) => r.id);
listRow(
  "article list (/articles), first page",
  measure(() => searchArticles(db, { limit: 50 })),
);
listRow(
  "article list (/articles), deepest page",
  measure(() => searchArticles(db, { after: oldest[60 + Math.floor(rand() * 100)]!, limit: 50 })),
);
listRow(
  "article list, 'needs work', deepest page",
  measure(() =>
    searchArticles(db, {
      state: "needs-work",
      after: oldest[60 + Math.floor(rand() * 100)]!,
      limit: 50,
    }),
  ),
);
listRow(
  "API articles (/api/v1/articles), first page",
  measure(() => listArticlesForApi(db, { limit: 50 })),
);
listRow(
  "API articles, deepest page (cursor)",
  measure(() =>
    listArticlesForApi(db, { afterId: maxId - 50 - Math.floor(rand() * 50), limit: 50 }),
  ),
);
const apiClaims = (filter: Parameters<typeof listExportClaims>[1]) => {
  const rows = listExportClaims(db, { ...filter, limit: 51 });
  return loadExportBundle(db, rows.slice(0, 50), { withBodies: false });
};
listRow(
  "API claims (/api/v1/claims), first page",
  measure(() => apiClaims({})),
);
listRow(
  "API claims, deepest page (cursor)",
  measure(() => apiClaims({ afterId: maxClaimId - 50 - Math.floor(rand() * 50) })),
);
listRow(
  "API claims, status=decided, deepest page",
  measure(() =>
    apiClaims({ status: "decided", afterId: maxClaimId - 2000 - Math.floor(rand() * 500) }),
  ),
);
listRow(
  "W3C annotations, deepest page (cursor)",
  measure(() =>
    exportAnnotationPage(db, {
      base: "http://bench",
      cursor: maxClaimId - 100 - Math.floor(rand() * 100),
      limit: 100,
    }),
  ),
);
listRow(
  "sources (/sources), first page",
  measure(() => listSourcesWithCounts(db, { limit: 50 })),
);
listRow(
  "sources, deepest page",
  measure(() =>
    listSourcesWithCounts(db, { beforeId: minSourceId + 50 + Math.floor(rand() * 20), limit: 50 }),
  ),
);
const disputedCount = measure(
  () => db.get(sql`select count(*) from claims where status = 'disputed'`),
  5,
);
listRow(
  "review queue (/review), first page (20)",
  measure(() => listDisputedClaims(db, { order: "newest", filters: {}, limit: 20 })),
  `count(*) of disputed ${ms(disputedCount)}`,
);
const queueTail = db.all<{ at: number; id: number }>(
  sql`select status_at as at, id from claims where status = 'disputed' and deleted_at is null order by status_at asc, id asc limit 200`,
);
listRow(
  "review queue, deepest page",
  measure(() =>
    listDisputedClaims(db, {
      order: "newest",
      filters: {},
      after: queueTail[40 + Math.floor(rand() * 100)]!,
      limit: 20,
    }),
  ),
  `count(*) of disputed ${ms(disputedCount)}`,
);
const slowest = Math.max(...listTimes);
console.log(
  `  target: every list page < 20 ms at any depth: ${slowest < 20 ? "met" : "NOT MET"} (slowest ${ms(slowest)})\n`,
);

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

// --- Through HTTP against npm start --------------------------------------------------------------
async function throughHttp() {
  if (process.env.BENCH_HTTP === "0") return;
  await benchHttp({
    db,
    file: generated.file,
    articles: ARTICLES,
    runs: RUNS,
    writers: Number(process.env.BENCH_WRITERS ?? 50),
    writeSeconds: Number(process.env.BENCH_WRITE_SECONDS ?? 10),
    // e.g. BENCH_HTTP_ONLY=writers,exports: some of "page", "exports", "writers" (all by default).
    only: process.env.BENCH_HTTP_ONLY?.split(","),
    row,
    ms,
    median,
    random: rand,
  });
}

function databaseFigures() {
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
}

throughHttp()
  .then(databaseFigures)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
