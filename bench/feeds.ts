import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "../db";
import { users } from "../db/schema";
import { countOpenAlerts } from "../db/queries/alerts";
import { listClaimsForArticle } from "../db/queries/claims";
import { drainJobs, startWorker } from "../db/jobs/worker";
import { verifyClaim } from "../db/services/claims";
import { addFeed } from "../db/services/feeds";
import { readDueFeeds } from "../db/services/feed-reads";
import { importArticle } from "../db/services/import-article";
import { parseAllowList } from "../lib/fetch/address-policy";
import type { FetchLimits } from "../lib/fetch/fetch-page";
import { readPageOffThread } from "../lib/import/read-off-thread";
import { articleHtml, fixtureArticle, startNewsServer } from "../tests/fixtures/news-server";

/**
 * `npm run bench:feeds [-- FEEDS ITEMS]`: 50 fixture feeds of 100 items each (5,000 articles) read end to
 * end from the local fixture server, as the server does it: each feed fetched, each new item's page
 * fetched and read (in the reader threads), stored (cleaning, detection, one transaction per batch with
 * each article's audit event and follow-up jobs), while the job worker runs in the same process; the
 * clock stops when the job queue is empty: every article's alert check against the figures the desk has
 * verified, its suggestions and its flags done. The target is ≥ 100 articles/s end to end.
 *
 * Baseline, measured in the same run on the first BASE_FEEDS feeds' worth of new items: the same
 * pipeline one article at a time (one page fetched and read at a time, one transaction per article,
 * one job per transaction), i.e. without the batching.
 */
const FEEDS = Number(process.argv[2] ?? 50);
const ITEMS = Number(process.argv[3] ?? 100);
const BASE_FEEDS = Math.min(FEEDS, Number(process.argv[4] ?? 5));
/** Articles verified before the feeds are read: their figures (the same quantities as the feeds') are watched. */
const WATCHED_ARTICLES = 50;

const allow = parseAllowList("127.0.0.1");
const limits: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1048576, maxRedirects: 3, allow };

function freshDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-feeds-"));
  const file = path.join(dir, "bench.db");
  const { db, sqlite } = createDb(file);
  const admin = db
    .insert(users)
    .values({ email: "admin@bench.test", name: "Admin", role: "admin", passwordHash: "x" })
    .returning()
    .get();
  return {
    db,
    file,
    admin,
    done: () => (sqlite.close(), fs.rmSync(dir, { recursive: true, force: true })),
  };
}

/** `npm run worker` on the bench's database, as beside `npm start` with TALLY_WORKER=0: the jobs run in
 * a process of their own while this one imports. Resolves once it has started (its start-up is not
 * counted). */
function startWorkerProcess(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...withoutDatabaseUrl(process.env), DATABASE_FILE: file },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the worker process stopped (${code})`)));
  });
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  return copy;
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const openJobs = (db: Db) =>
  db.get<{ n: number }>(sql`select count(*) as n from jobs where status in ('pending', 'running')`)
    .n;

/** Earlier reports of the same port, every figure verified: the watched figures the feeds' articles meet. */
function verifyEarlierReports(db: Db, adminId: number): number {
  let watched = 0;
  for (let i = 1; i <= WATCHED_ARTICLES; i++) {
    const a = fixtureArticle(`earlier-${i}`);
    const outcome = importArticle(
      db,
      {
        title: a.title,
        outlet: "Harbour Gazette",
        publishedAt: a.publishedAt,
        body: a.paragraphs.join("\n\n"),
      },
      { actorId: adminId },
    );
    if (outcome.status !== "created") throw new Error(`earlier report ${i}: ${outcome.status}`);
    for (const c of listClaimsForArticle(db, { articleId: outcome.articleId })) {
      verifyClaim(db, { id: adminId, role: "admin" }, { claimId: c.id, version: c.version });
      watched++;
    }
  }
  drainJobs(db);
  return watched;
}

async function run(
  site: { url: (p: string) => string },
  runId: string,
  feeds: number,
  oneByOne: boolean,
  workerProcess = false,
) {
  const { db, file, admin, done } = freshDb();
  const watched = verifyEarlierReports(db, admin.id);
  const jobsBefore = db.get<{ n: number }>(sql`select max(id) as n from jobs`)?.n ?? 0;
  for (let f = 1; f <= feeds; f++) {
    addFeed(
      db,
      { id: admin.id, role: "admin" },
      { url: site.url(`/feeds/${runId}-${f}.rss?n=${ITEMS}`), intervalMinutes: 60 },
    );
  }
  const limit = oneByOne ? 1 : undefined;
  const child = workerProcess ? await startWorkerProcess(file) : undefined;
  const childCpuBefore = child ? processCpuMs(child.pid!) : 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // The worker runs between the reads, as it does in the server (it yields to the event loop), or in a
  // process of its own.
  const worker = child ? undefined : startWorker(() => db, { log: () => {} });
  const results = await readDueFeeds(db, {
    feedLimits: limits,
    pageLimits: limits,
    batch: oneByOne ? 1 : undefined,
  });
  const importMs = performance.now() - started;
  worker?.stop();
  if (child) while (openJobs(db) > 0) await new Promise((r) => setTimeout(r, 20));
  else drainJobs(db, { limit });
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of every thread of the process (main and readers) and of the worker process, in ms.
  const cpuMs =
    (cpu.user + cpu.system) / 1000 + (child ? processCpuMs(child.pid!) - childCpuBefore : 0);
  child?.kill();
  const imported = results.reduce((n, r) => n + r.imported, 0);
  const failed = results.reduce((n, r) => n + r.failed + (r.error ? 1 : 0), 0);
  const jobs = db.all<{ kind: string; status: string; n: number }>(
    sql`select kind, status, count(*) as n from jobs where id > ${jobsBefore} group by kind, status order by kind, status`,
  );
  const alerts = countOpenAlerts(db);
  done();
  return { imported, failed, watched, importMs, totalMs, cpuMs, jobs, alerts };
}

const rate = (n: number, ms: number) => n / (ms / 1000);
const fmt = (r: { imported: number; importMs: number; totalMs: number }) =>
  `${r.imported} articles: imported in ${(r.importMs / 1000).toFixed(1)} s, queue drained at ${(r.totalMs / 1000).toFixed(1)} s = ${rate(r.imported, r.totalMs).toFixed(1)} articles/s end to end`;

async function main() {
  const site = await startNewsServer();
  try {
    console.log(
      `${FEEDS} feeds × ${ITEMS} items from ${site.origin}; ${WATCHED_ARTICLES} earlier reports verified first; ${os.availableParallelism()} reader threads; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`,
    );
    // Starting the reader threads (loading the parser and the detector) is paid once per process.
    const t = performance.now();
    const page = articleHtml(site.origin, fixtureArticle("warm-up"));
    await Promise.all(
      Array.from({ length: os.availableParallelism() * 2 }, () =>
        readPageOffThread({ html: page, pageUrl: site.url("/articles/warm-up") }),
      ),
    );
    console.log(
      `reader threads started in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted below)\n`,
    );

    const base = await run(site, "base", BASE_FEEDS, true);
    console.log(
      `baseline, one article at a time (${BASE_FEEDS} feeds): ${fmt(base)} (${base.failed} failed)`,
    );
    // The jobs in the server process (the default), then in `npm run worker` beside it (TALLY_WORKER=0).
    // The same feeds both times (a fixture article is made from its address), so the same alerts.
    const inline = await run(site, "full", FEEDS, false);
    console.log(
      `batched, worker in this process (${FEEDS} feeds): ${fmt(inline)} (${inline.failed} failed)`,
    );
    const full = await run(site, "full", FEEDS, false, true);
    console.log(
      `batched, worker in its own process (${FEEDS} feeds): ${fmt(full)} (${full.failed} failed)`,
    );
    for (const [name, r] of [
      ["worker in this process", inline],
      ["worker process", full],
    ] as const) {
      console.log(
        `  ${name}: import alone ${rate(r.imported, r.importMs).toFixed(1)} articles/s; ${r.alerts} alerts raised against ${r.watched} watched figures; jobs run: ${r.jobs.map((j) => `${j.n} ${j.kind} ${j.status}`).join(", ")}`,
      );
    }
    console.log(
      `  CPU used (all threads, and the worker process): ${(full.cpuMs / full.imported).toFixed(1)} ms per article with the worker process, ${(inline.cpuMs / inline.imported).toFixed(1)} ms with the worker in this process, ${(base.cpuMs / base.imported).toFixed(1)} ms one at a time; the wall-clock figures above are what counts, and they depend on how much of the ${os.cpus().length} cores others leave`,
    );
    console.log(
      `  speed-up over the baseline: ×${(rate(inline.imported, inline.totalMs) / rate(base.imported, base.totalMs)).toFixed(1)} worker in this process, ×${(rate(full.imported, full.totalMs) / rate(base.imported, base.totalMs)).toFixed(1)} worker process`,
    );
    const jobsLeft = full.jobs.some((j) => j.status !== "done");
    const endToEnd = rate(full.imported, full.totalMs);
    const ok = full.imported === FEEDS * ITEMS && !jobsLeft && endToEnd >= 100;
    console.log(
      `\ntarget ≥ 100 articles/s end to end with the worker process (every article imported, alert check and every job done): ${ok ? "met" : "NOT MET"} (${endToEnd.toFixed(1)} articles/s)`,
    );
  } finally {
    await site.close();
  }
  process.exit(0);
}

void main();
