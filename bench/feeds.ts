import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../db";
import { users } from "../db/schema";
import { countOpenAlerts } from "../db/queries/alerts";
import { listClaimsForArticle } from "../db/queries/claims";
import { drainJobs } from "../db/jobs/worker";
import { verifyClaim } from "../db/services/claims";
import { addFeed, readDueFeeds } from "../db/services/feeds";
import { importArticle } from "../db/services/import-article";
import { parseAllowList } from "../lib/fetch/address-policy";
import type { FetchLimits } from "../lib/fetch/fetch-page";
import { fixtureArticle, startNewsServer } from "../tests/fixtures/news-server";

/**
 * `npm run bench:feeds [-- FEEDS ITEMS]`: 50 fixture feeds of 100 items each (5,000 articles) read end to
 * end from the local fixture server: fetch each feed, fetch and read each item's page, import it (cleaning,
 * detection, one transaction with its follow-up jobs), and then the alert check of every imported article
 * against figures the desk has verified. Baseline in the same run: the same feeds into a fresh database
 * without running the alert check. The target is ≥ 100 articles/s with the check included.
 */
const FEEDS = Number(process.argv[2] ?? 50);
const ITEMS = Number(process.argv[3] ?? 100);
/** Articles verified before the feeds are read: their figures (the same quantities as the feeds') are watched. */
const WATCHED_ARTICLES = 50;

const allow = parseAllowList("127.0.0.1");
const limits: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1048576, maxRedirects: 3, allow };

function freshDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-feeds-"));
  const { db, sqlite } = createDb(path.join(dir, "bench.db"));
  const admin = db
    .insert(users)
    .values({ email: "admin@bench.test", name: "Admin", role: "admin", passwordHash: "x" })
    .returning()
    .get();
  return {
    db,
    admin,
    done: () => (sqlite.close(), fs.rmSync(dir, { recursive: true, force: true })),
  };
}

/** Earlier reports of the same port, every figure verified: the watched figures the feeds' articles meet. */
function verifyEarlierReports(db: ReturnType<typeof freshDb>["db"], adminId: number): number {
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

async function run(site: { url: (p: string) => string }, runId: string, withAlerts: boolean) {
  const { db, admin, done } = freshDb();
  const watched = verifyEarlierReports(db, admin.id);
  for (let f = 1; f <= FEEDS; f++) {
    addFeed(
      db,
      { id: admin.id, role: "admin" },
      { url: site.url(`/feeds/${runId}-${f}.rss?n=${ITEMS}`), intervalMinutes: 60 },
    );
  }
  const started = performance.now();
  const results = await readDueFeeds(db, { feedLimits: limits, pageLimits: limits });
  const readMs = performance.now() - started;
  let alertMs = 0;
  let checks = 0;
  if (withAlerts) {
    const t = performance.now();
    checks = drainJobs(db, { kind: "article.alerts" });
    alertMs = performance.now() - t;
  }
  const imported = results.reduce((n, r) => n + r.imported, 0);
  const failed = results.reduce((n, r) => n + r.failed + (r.error ? 1 : 0), 0);
  const alerts = countOpenAlerts(db);
  done();
  return { imported, failed, watched, readMs, alertMs, checks, alerts };
}

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);

async function main() {
  const site = await startNewsServer();
  try {
    console.log(
      `${FEEDS} feeds × ${ITEMS} items from ${site.origin}; ${WATCHED_ARTICLES} earlier reports verified first\n`,
    );
    const base = await run(site, "base", false);
    console.log(
      `baseline, import without the alert check: ${base.imported} articles in ${(base.readMs / 1000).toFixed(1)} s = ${rate(base.imported, base.readMs)} articles/s (${base.failed} failed)`,
    );
    const full = await run(site, "full", true);
    const total = full.readMs + full.alertMs;
    console.log(
      `with the alert check:                     ${full.imported} articles in ${(total / 1000).toFixed(1)} s = ${rate(full.imported, total)} articles/s end to end (${full.failed} failed)`,
    );
    console.log(
      `  of which the alert check:               ${full.checks} articles checked in ${(full.alertMs / 1000).toFixed(2)} s = ${rate(full.checks, full.alertMs)} articles/s against ${full.watched} watched figures; ${full.alerts} alerts raised`,
    );
    const ok = full.imported === FEEDS * ITEMS && Number(rate(full.imported, total)) >= 100;
    console.log(`\ntarget ≥ 100 articles/s with every article imported: ${ok ? "met" : "NOT met"}`);
  } finally {
    await site.close();
  }
}

void main();
