import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/db";

/**
 * A decade of a newsroom's archive for `bench:scale`: articles of ~10 figures each, with notes, sources,
 * links, suggestions and finished jobs, written with prepared statements in large transactions (the
 * search triggers fire on every row, as they would in the app). Deterministic for a given seed.
 */
export interface ScaleOptions {
  articles: number;
  claimsPerArticle: number;
  seed?: number;
}

/** mulberry32: small, fast, seedable. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTED = [
  "civilians",
  "people",
  "children",
  "soldiers",
  "households",
  "refugees",
  "patients",
  "students",
  "workers",
  "voters",
  "homes",
  "schools",
  "cases",
  "deaths",
  "jobs",
  "flights",
  "vehicles",
  "hospitals",
  "farms",
  "teachers",
];
const PLACES = [
  "the northern district",
  "the capital",
  "the coastal region",
  "the river valley",
  "the eastern province",
  "the border towns",
  "the old city",
  "the industrial belt",
  "the southern plains",
  "the mountain villages",
  "the port",
  "the western suburbs",
];
const VERBS = [
  "were killed",
  "were injured",
  "were displaced",
  "were counted",
  "were registered",
  "were evacuated",
  "were reported",
  "were affected",
  "were treated",
  "were rebuilt",
];
const SAYERS = [
  "officials said",
  "the ministry reported",
  "a monitoring group said",
  "the agency estimated",
  "local authorities confirmed",
  "the report found",
  "witnesses said",
  "the census showed",
];
const FILLER = [
  "Aid convoys reached the area after days of delays.",
  "The figures could not be independently verified.",
  "Residents described long queues at the distribution points.",
  "The government promised a full inquiry into the events.",
  "Observers said the situation remained tense overnight.",
  "Rain and poor roads slowed the work of rescue teams.",
];
export const OUTLETS = Array.from(
  { length: 40 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`,
);
const STATUSES = ["unchecked", "verified", "disputed", "decided"] as const;
const VERDICTS = ["accurate", "mostly_accurate", "misleading", "inaccurate", "unverifiable"];
const DAY = 86_400_000;

export interface ScaleDb {
  file: string;
  claims: number;
  seconds: number;
  /** Of which building the search index. */
  indexSeconds: number;
  cleanup: () => void;
}

export function generateScaleDb(options: ScaleOptions): ScaleDb {
  const started = performance.now();
  const rand = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-scale-"));
  const file = path.join(dir, "scale.db");
  const { sqlite } = createDb(file);
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -131072");

  const userIds = ["checker", "editor", "admin"].map(
    (role, i) =>
      (
        sqlite
          .prepare(
            "insert into users (email, name, role, password_hash) values (?, ?, ?, 'x') returning id",
          )
          .get(`${role}${i}@scale.test`, `${role} ${i}`, role) as { id: number }
      ).id,
  );
  const insertArticle = sqlite.prepare(
    "insert into articles (id, title, outlet, published_at, body, body_hash, created_at) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertClaim = sqlite.prepare(`insert into claims
    (id, article_id, start, end, number_start, number_end, sentence_start, sentence_end, quote, value, kind, unit,
     counted, status, status_at, verdict, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertNote = sqlite.prepare(
    "insert into notes (claim_id, author_id, doc_json, plain_text) values (?, ?, ?, ?)",
  );
  const insertSource = sqlite.prepare(
    "insert into sources (id, title, url, normalized_url, publisher, type) values (?, ?, ?, ?, ?, 'official_report')",
  );
  const insertClaimSource = sqlite.prepare(
    "insert or ignore into claim_sources (claim_id, source_id, stance) values (?, ?, ?)",
  );
  const insertLink = sqlite.prepare(
    "insert or ignore into claim_links (from_claim_id, to_claim_id, relation) values (?, ?, 'same_figure')",
  );
  const insertSuggestion = sqlite.prepare(
    "insert or ignore into link_suggestions (claim_id, candidate_id, relation, score, reason) values (?, ?, 'same_figure', ?, 'same counted thing and value')",
  );
  const insertJob = sqlite.prepare(
    "insert into jobs (kind, key, payload_json, status, attempts, run_after, finished_at) values ('article.suggestions', ?, ?, 'done', 1, ?, ?)",
  );

  // The search index is built in one pass at the end, as the migration builds it for existing data: a
  // trigger's insert into an FTS5 table flushes it at the end of every statement, so a bulk load row by
  // row through the triggers pays a segment per row. The app's writes go through the triggers.
  const ftsTriggers = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'trigger' and name like '%_fts_after_%'",
    )
    .all() as { name: string; sql: string }[];
  for (const t of ftsTriggers) sqlite.exec(`drop trigger ${t.name}`);

  const sources = Math.max(10, Math.round(options.articles / 10));
  sqlite.transaction(() => {
    for (let s = 1; s <= sources; s++) {
      const url = `https://data.example.org/reports/${s}`;
      insertSource.run(
        s,
        `${pick(["Annual", "Monthly", "Quarterly", "Special"])} report on ${pick(COUNTED)} in ${pick(PLACES)} ${s}`,
        url,
        url,
        pick(OUTLETS),
      );
    }
  })();

  const now = Date.now();
  const start2015 = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start2015;
  let claimId = 0;
  const BATCH = 5_000;
  for (let from = 1; from <= options.articles; from += BATCH) {
    sqlite.transaction(() => {
      for (let a = from; a < Math.min(from + BATCH, options.articles + 1); a++) {
        const published = new Date(start2015 + Math.floor((a / options.articles) * span))
          .toISOString()
          .slice(0, 10);
        let body = `${pick(FILLER)} `;
        const rows: unknown[][] = [];
        for (let c = 0; c < options.claimsPerArticle; c++) {
          const kindRoll = rand();
          const kind = kindRoll < 0.85 ? "count" : kindRoll < 0.95 ? "percent" : "money";
          const value =
            kind === "percent" ? Math.floor(rand() * 100) : Math.floor(10 ** (1 + rand() * 4));
          const counted = kind === "count" ? pick(COUNTED) : null;
          const numberText =
            kind === "percent"
              ? `${value}%`
              : kind === "money"
                ? `$${value.toLocaleString("en-US")}`
                : value.toLocaleString("en-US");
          const lead = `In ${pick(PLACES)}, ${pick(SAYERS)}, `;
          const tail = counted ? ` ${counted} ${pick(VERBS)}` : ` of the budget was spent`;
          const sentence = `${lead}${numberText}${tail} ${pick(["this week", "last year", "since the spring", "in total", "so far"])}. `;
          const sentenceStart = body.length;
          const numberStart = sentenceStart + lead.length;
          const quoteEnd = numberStart + numberText.length + (counted ? counted.length + 1 : 0);
          body += sentence;
          if (rand() < 0.3) body += `${pick(FILLER)} `;
          claimId++;
          const statusRoll = rand();
          const status =
            statusRoll < 0.6
              ? STATUSES[0]
              : statusRoll < 0.85
                ? STATUSES[1]
                : statusRoll < 0.9
                  ? STATUSES[2]
                  : STATUSES[3];
          rows.push([
            claimId,
            a,
            numberStart,
            quoteEnd,
            numberStart,
            numberStart + numberText.length,
            sentenceStart,
            sentenceStart + sentence.length - 1,
            body.slice(numberStart, quoteEnd),
            value,
            kind,
            kind === "percent" ? "%" : kind === "money" ? "USD" : null,
            counted,
            status,
            status === "unchecked" ? null : now - Math.floor(rand() * 365 * DAY),
            status === "decided" ? pick(VERDICTS) : null,
            now,
          ]);
        }
        insertArticle.run(
          a,
          `${pick(["Figures", "Toll", "Count", "Report", "Survey"])}: ${pick(COUNTED)} in ${pick(PLACES)} (${a})`,
          pick(OUTLETS),
          published,
          body,
          `scale-${a}`,
          now,
        );
        for (const row of rows) {
          insertClaim.run(...row);
          const id = row[0] as number;
          const roll = rand();
          if (roll < 0.05) {
            const text = `Checked against the ${pick(["ministry", "agency", "census", "monitor"])} figures for ${pick(PLACES)}; ${pick(FILLER)}`;
            insertNote.run(
              id,
              userIds[0],
              JSON.stringify({
                type: "doc",
                content: [{ type: "paragraph", content: [{ type: "text", text }] }],
              }),
              text,
            );
          }
          if (roll < 0.2)
            insertClaimSource.run(
              id,
              1 + Math.floor(rand() * sources),
              pick(["supports", "contradicts", "context"]),
            );
          if (roll < 0.02 && id > 20) insertLink.run(id, id - 1 - Math.floor(rand() * 20));
          if (roll < 0.3 && id > 50)
            insertSuggestion.run(id, id - 1 - Math.floor(rand() * 50), rand());
        }
        insertJob.run(`article:${a}:suggestions`, JSON.stringify({ articleId: a }), now, now);
      }
    })();
  }
  const indexStarted = performance.now();
  for (const table of ["articles_fts", "claims_fts", "notes_fts", "sources_fts"])
    sqlite.exec(`insert into ${table}(${table}) values ('rebuild')`);
  for (const t of ftsTriggers) sqlite.exec(t.sql);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return {
    file,
    claims: claimId,
    seconds: (performance.now() - started) / 1000,
    indexSeconds,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
