import os from "node:os";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { createUser } from "@/db/services/users";
import { startBareArticleServer } from "./bare-article-server";
import { runWriters, type WriteFigures, type WriterClaim } from "./scale-writers";
import { ensureBuild, Session, startTally, type Tally } from "./scale-server";

/**
 * The part of bench:scale that goes through HTTP on loopback against `npm start` (the production build):
 * the article page against a bare handler, the streamed exports with the server's memory, and concurrent
 * writers through the workspace's server actions.
 */
export interface HttpOptions {
  db: Db;
  file: string;
  articles: number;
  runs: number;
  writers: number;
  writeSeconds: number;
  row: (label: string, value: string, baseline: string) => void;
  ms: (n: number) => string;
  median: (times: number[]) => number;
  random: () => number;
  /** Sections to run (all by default): "page", "exports", "writers". */
  only?: string[];
}

const PASSWORD = "bench-scale-password-1";
/** Writers run this long before their writes are measured (start-up, not load: scale-writers.ts). */
const WARMUP_SECONDS = 3;

async function timed(fetchOnce: () => Promise<Response>): Promise<{ ms: number; body: string }> {
  const t = performance.now();
  const res = await fetchOnce();
  const body = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
  return { ms: performance.now() - t, body };
}

/** Reads a streamed response to the end without keeping it, counting lines and bytes, while the
 * server's resident memory is sampled every 20 ms. */
async function streamed(
  tally: Tally,
  fetchOnce: () => Promise<Response>,
): Promise<{ lines: number; bytes: number; seconds: number; peakMb: number }> {
  let peakMb = tally.rssMb().rss;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, tally.rssMb().rss)), 20);
  const t = performance.now();
  const res = await fetchOnce();
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  peakMb = Math.max(peakMb, tally.rssMb().rss);
  return { lines, bytes, seconds, peakMb };
}

async function makeWriters(db: Db, count: number): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-writer-${i}@scale.test`;
    const exists = db.get<{ n: number }>(
      sql`select count(*) as n from users where email = ${email}`,
    );
    if (exists.n === 0)
      await createUser(db, null, {
        email,
        name: `Bench writer ${i}`,
        role: "checker",
        password: PASSWORD,
      });
    emails.push(email);
  }
  return emails;
}

/** Claims each writer owns: unchecked, live, in articles of the writer's own. */
function claimsForWriters(db: Db, writers: number, articles: number): WriterClaim[][] {
  const perWriter = 8;
  return Array.from({ length: writers }, (_, w) =>
    db.all<WriterClaim>(
      sql`select id, article_id as articleId, version from claims
          where article_id between ${1 + Math.floor(((w + 0.5) * articles) / writers)} and ${articles}
            and status = 'unchecked' and deleted_at is null
          group by article_id limit ${perWriter}`,
    ),
  );
}

export async function benchHttp(o: HttpOptions): Promise<void> {
  const { row, ms, median } = o;
  ensureBuild();
  const emails = await makeWriters(o.db, o.writers);
  const claims = claimsForWriters(o.db, o.writers, o.articles);
  const tally = await startTally(o.file);
  const bare = await startBareArticleServer(o.file);
  try {
    const reader = await Session.signIn(tally.base, emails[0]!, PASSWORD);

    const runs = (section: string) => !o.only || o.only.includes(section);
    // --- The article page -------------------------------------------------------------------------
    if (runs("page")) {
      console.log("The article page (GET over loopback, median of varied articles)");
      const ids = Array.from({ length: o.runs + 1 }, () => 1 + Math.floor(o.random() * o.articles));
      const page = async (base: string, fetchPage: (id: number) => Promise<Response>) => {
        const times: number[] = [];
        let bytes = 0;
        for (const [i, id] of ids.entries()) {
          const { ms: t, body } = await timed(() => fetchPage(id));
          if (!body.includes(`data-claim-id=`))
            throw new Error(`${base}: no highlights in the page`);
          if (i > 0) times.push(t);
          bytes += body.length;
        }
        return { median: median(times), kb: bytes / ids.length / 1024 };
      };
      const app = await page(tally.base, (id) => reader.fetch(`/articles/${id}`));
      const baseline = await page(bare.base, (id) => fetch(`${bare.base}/articles/${id}`));
      row(
        "article page, server render (npm start)",
        ms(app.median),
        `bare node:http + better-sqlite3 ${ms(baseline.median)} (${(app.median / baseline.median).toFixed(1)}×; ${app.kb.toFixed(0)} KB vs ${baseline.kb.toFixed(0)} KB)`,
      );
      const ratio = app.median / baseline.median;
      console.log(`  target ≤ 10× the bare handler: ${ratio <= 10 ? "met" : "NOT MET"}\n`);
    }

    // --- Exports ----------------------------------------------------------------------------------
    if (runs("exports")) {
      console.log("Exports of every claim, streamed (server memory sampled every 20 ms)");
      const idle = tally.rssMb().rss;
      const exports: { label: string; path: string; header: number }[] = [
        { label: "CSV (/api/v1/claims.csv)", path: "/api/v1/claims.csv", header: 1 },
        { label: "NDJSON (/api/v1/claims.ndjson)", path: "/api/v1/claims.ndjson", header: 0 },
      ];
      let peakAll = 0;
      for (const e of exports) {
        const r = await streamed(tally, () => reader.fetch(e.path));
        const rows = r.lines - e.header;
        peakAll = Math.max(peakAll, r.peakMb);
        row(
          e.label,
          `${Math.round(rows / r.seconds).toLocaleString("en-US")} rows/s`,
          `${rows.toLocaleString("en-US")} rows, ${(r.bytes / 1e6).toFixed(0)} MB in ${r.seconds.toFixed(1)} s; server peak ${r.peakMb.toFixed(0)} MB (idle ${idle.toFixed(0)} MB)`,
        );
      }
      // The W3C collection is paged: follow `next` to the end, as a harvester would.
      {
        let peak = tally.rssMb().rss;
        const sampler = setInterval(() => (peak = Math.max(peak, tally.rssMb().rss)), 20);
        const t = performance.now();
        let next: string | undefined = "/api/v1/annotations?limit=500";
        let items = 0;
        let pages = 0;
        let bytes = 0;
        while (next) {
          const { body } = await timed(() => reader.fetch(next!));
          bytes += body.length;
          const json = JSON.parse(body) as {
            items?: unknown[];
            next?: string;
            first?: { items: unknown[]; next?: string };
          };
          const pageJson = json.first ?? json;
          items += pageJson.items?.length ?? 0;
          pages++;
          next = pageJson.next
            ? new URL(pageJson.next).pathname + new URL(pageJson.next).search
            : undefined;
        }
        const seconds = (performance.now() - t) / 1000;
        clearInterval(sampler);
        peakAll = Math.max(peakAll, peak);
        row(
          "W3C annotations (/api/v1/annotations, paged)",
          `${Math.round(items / seconds).toLocaleString("en-US")} rows/s`,
          `${items.toLocaleString("en-US")} annotations in ${pages} pages, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s; server peak ${peak.toFixed(0)} MB`,
        );
      }
      console.log(
        `  target: streamed, server peak < 300 MB: ${peakAll < 300 ? "met" : "NOT MET"} (peak ${peakAll.toFixed(0)} MB: ${(peakAll - idle).toFixed(0)} MB over the idle server's ${idle.toFixed(0)} MB)\n`,
      );
    }

    // --- Concurrent writers -----------------------------------------------------------------------
    if (runs("writers")) {
      console.log(
        `Claim writes through the workspace's server actions (${o.writeSeconds} s each, after a ${WARMUP_SECONDS} s warm-up not counted)`,
      );
      const sessions: Session[] = [reader];
      for (let i = 1; i < o.writers; i++)
        sessions.push(await Session.signIn(tally.base, emails[i]!, PASSWORD));
      // The server's CPU per write as well: it does not depend on what else the machine runs.
      const withCpu = async (writers: Session[]) => {
        const cpu = tally.cpuSeconds();
        const figures = await runWriters(
          writers,
          (w) => claims[w]!,
          o.writeSeconds,
          WARMUP_SECONDS,
        );
        const all = figures.writes + figures.warmupWrites;
        return { ...figures, cpuMs: ((tally.cpuSeconds() - cpu) * 1000) / all };
      };
      const one = await withCpu(sessions.slice(0, 1));
      const many = await withCpu(sessions);
      const describe = (f: WriteFigures & { cpuMs: number }) =>
        `${f.writes} writes in ${f.seconds.toFixed(1)} s, p50 ${ms(f.p50)}, p99 ${ms(f.p99)} (warm-up: ${f.warmupWrites} writes, slowest ${ms(f.warmupSlowest)}), server CPU ${ms(f.cpuMs)} a write, ${f.errors} errors${f.firstError ? ` (first: ${f.firstError})` : ""}`;
      row("1 writer (baseline)", `${one.perSecond.toFixed(0)} writes/s`, describe(one));
      row(
        `${many.writers} concurrent writers`,
        `${many.perSecond.toFixed(0)} writes/s`,
        describe(many),
      );
      const met = many.perSecond >= 100 && many.p99 < 1000 && many.errors === 0 && one.errors === 0;
      console.log(
        `  target ≥ 100 writes/s, p99 < 1 s, no errors: ${met ? "met" : "NOT MET"} (load average ${os.loadavg()[0]!.toFixed(1)})\n`,
      );
    }
  } finally {
    await bare.close();
    await tally.stop();
  }
}
