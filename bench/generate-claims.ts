import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { createDb, type Db } from "@/db";
import { STANCES, LINK_RELATIONS } from "@/lib/domain";

/**
 * Fills a fresh temporary database with a realistic newsroom: `articles` articles sharing `claims` claims,
 * a status mix close to a busy desk (~5 % disputed), sources with stances, links between claims, dispute
 * reasons, assignees and timestamps spread over the last 90 days. Deterministic for a given seed, so
 * benchmarks compare like with like. Reusable by any benchmark: call, measure, then `cleanup()`.
 */
export interface GeneratedDb {
  db: Db;
  sqlite: Database.Database;
  file: string;
  userIds: { checkers: number[]; editors: number[] };
  outlets: string[];
  now: number;
  cleanup: () => void;
}

export interface GenerateOptions {
  claims: number;
  articles?: number;
  seed?: number;
  /** Shares of each status; the rest is unchecked. */
  mix?: { verified: number; disputed: number; decided: number };
  now?: number;
}

const OUTLETS = [
  "Reuters",
  "AP",
  "Al Jazeera",
  "The Guardian",
  "Le Monde",
  "Der Spiegel",
  "BBC",
  "NPR",
  "El País",
  "Haaretz",
];
const VERDICT_LIST = [
  "accurate",
  "mostly_accurate",
  "misleading",
  "inaccurate",
  "unverifiable",
] as const;
const REASONS = [
  "The ministry's own report gives a lower figure.",
  "Count includes people the source lists as combatants.",
  "Period differs from the one the source covers.",
  "Rounded up from the dataset; the exact figure is smaller.",
  "No source found for this number.",
];
const DAY = 86_400_000;

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateClaimsDb(options: GenerateOptions): GeneratedDb {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const now = options.now ?? Date.now();
  const mix = options.mix ?? { verified: 0.28, disputed: 0.05, decided: 0.1 };
  const articleCount = options.articles ?? Math.max(1, Math.round(options.claims / 50));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-"));
  const file = path.join(dir, "bench.db");
  const { db, sqlite } = createDb(file);
  sqlite.pragma("synchronous = OFF");

  const insertUser = sqlite.prepare(
    "insert into users (email, name, role, password_hash) values (?, ?, ?, 'x') returning id",
  );
  const checkers: number[] = [];
  const editors: number[] = [];
  const insertArticle = sqlite.prepare(
    "insert into articles (title, outlet, published_at, body, body_hash, created_at) values (?, ?, ?, ?, ?, ?) returning id",
  );
  const insertClaim = sqlite.prepare(`insert into claims
    (article_id, start, end, number_start, number_end, sentence_start, sentence_end, quote, value, kind, unit,
     status, status_reason, status_by, status_at, verdict, decision_note, decided_by, decided_at, assignee_id, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'count', 'people', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`);
  const insertSource = sqlite.prepare(
    "insert into sources (title, url, normalized_url, publisher, type) values (?, ?, ?, ?, 'official_report') returning id",
  );
  const insertClaimSource = sqlite.prepare(
    "insert or ignore into claim_sources (claim_id, source_id, stance) values (?, ?, ?)",
  );
  const insertLink = sqlite.prepare(
    "insert or ignore into claim_links (from_claim_id, to_claim_id, relation) values (?, ?, ?)",
  );

  sqlite.transaction(() => {
    for (let i = 0; i < 6; i++)
      checkers.push(
        (insertUser.get(`checker${i}@bench.test`, `Checker ${i}`, "checker") as { id: number }).id,
      );
    for (let i = 0; i < 2; i++)
      editors.push(
        (insertUser.get(`editor${i}@bench.test`, `Editor ${i}`, "editor") as { id: number }).id,
      );

    const sourceIds: number[] = [];
    for (let i = 0; i < Math.max(10, Math.round(options.claims / 50)); i++) {
      const url = `https://stats.example.org/report/${i}`;
      sourceIds.push(
        (insertSource.get(`Report ${i}`, url, url, pick(OUTLETS)) as { id: number }).id,
      );
    }

    const claimIds: number[] = [];
    let made = 0;
    for (let a = 0; a < articleCount; a++) {
      const perArticle = Math.round((options.claims - made) / (articleCount - a));
      const sentences: { text: string; numberAt: number; number: string }[] = [];
      for (let c = 0; c < perArticle; c++) {
        const number = String(100 + Math.floor(rand() * 5000));
        const lead = `In ${pick(["Mosul", "Raqqa", "Aleppo", "Falluja", "Deir ez-Zor"])} the count reached `;
        sentences.push({
          text: `${lead}${number} people, according to ${pick(OUTLETS)}. `,
          numberAt: lead.length,
          number,
        });
      }
      const body = sentences.map((s) => s.text).join("");
      const created = now - Math.floor(rand() * 90 * DAY);
      const articleId = (
        insertArticle.get(
          `Article ${a}: civilian casualties`,
          pick(OUTLETS),
          "2024-01-01",
          body,
          `hash-${a}`,
          created,
        ) as { id: number }
      ).id;
      let offset = 0;
      for (const sentence of sentences) {
        const start = offset + sentence.numberAt;
        const end = start + sentence.number.length + " people".length;
        const roll = rand();
        const status =
          roll < mix.disputed
            ? "disputed"
            : roll < mix.disputed + mix.decided
              ? "decided"
              : roll < mix.disputed + mix.decided + mix.verified
                ? "verified"
                : "unchecked";
        const statusAt = status === "unchecked" ? null : now - Math.floor(rand() * 90 * DAY);
        const decided = status === "decided";
        const row = insertClaim.get(
          articleId,
          start,
          end,
          start,
          start + sentence.number.length,
          offset,
          offset + sentence.text.length - 1,
          sentence.text.slice(sentence.numberAt, sentence.numberAt + sentence.number.length + 7),
          Number(sentence.number),
          status,
          status === "disputed" || decided ? pick(REASONS) : null,
          statusAt === null ? null : pick(checkers),
          statusAt,
          decided ? pick(VERDICT_LIST) : null,
          decided ? "Checked against the ministry's report." : null,
          decided ? pick(editors) : null,
          decided ? statusAt! + DAY : null,
          (status === "unchecked" || status === "disputed") && rand() < 0.3 ? pick(checkers) : null,
          created,
        ) as { id: number };
        claimIds.push(row.id);
        offset += sentence.text.length;
      }
      made += perArticle;
    }

    // About a fifth of claims cite a source or two; about one in twenty is linked to another claim.
    for (const claimId of claimIds) {
      if (rand() < 0.2) {
        const count = rand() < 0.3 ? 2 : 1;
        for (let s = 0; s < count; s++)
          insertClaimSource.run(
            claimId,
            pick(sourceIds),
            rand() < 0.2 ? "contradicts" : pick(STANCES),
          );
      }
      if (rand() < 0.05) {
        const otherId = pick(claimIds);
        if (otherId !== claimId)
          insertLink.run(claimId, otherId, rand() < 0.25 ? "contradicts" : pick(LINK_RELATIONS));
      }
    }
  })();
  sqlite.pragma("synchronous = NORMAL");

  return {
    db,
    sqlite,
    file,
    userIds: { checkers, editors },
    outlets: OUTLETS,
    now,
    cleanup: () => {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
