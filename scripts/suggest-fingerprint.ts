import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../db";
import { users } from "../db/schema";
import { drainJobs } from "../db/jobs/worker";
import { listClaimsForArticle } from "../db/queries/claims";
import { verifyClaim } from "../db/services/claims";
import { importArticle } from "../db/services/import-article";
import { importItems } from "../db/services/import-batch";
import type { ImportItem } from "../lib/import/files";
import dev from "../lib/suggest/fixtures/stories/dev.json";
import holdout from "../lib/suggest/fixtures/stories/holdout.json";
import { fixtureArticle } from "../tests/fixtures/news-server";
import { readSeedItems } from "./import";

/**
 * `npx tsx scripts/suggest-fingerprint.ts [FIXTURE_ARTICLES]`: SHA-1 of everything the import's background
 * jobs write (every suggestion with its relation, score and reason; every flag; every alert; every stored
 * reading), through the real import path and job worker, on the dev and holdout stories, the seeds, and
 * fixture feed articles checked against 50 verified earlier reports (bench:feeds' material). A speed change
 * to suggestions, flags or alerts must leave every line unchanged.
 */

const FIXTURE_ARTICLES = Number(process.argv[2] ?? 300);
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

interface Story {
  articles: { key: string; distractor?: boolean; [field: string]: unknown }[];
}
const storyItems = (set: { stories: Story[] }): ImportItem[] =>
  set.stories.flatMap((s) =>
    s.articles.map(({ key, distractor: _, ...input }) => ({
      ok: true as const,
      label: key,
      input: input as { title: string; body: string },
    })),
  );

/** Fixture articles after 50 earlier reports whose every figure is verified (watched): alerts too. */
function fixtureFeeds(db: Db): void {
  const admin = db
    .insert(users)
    .values({ email: "admin@fingerprint.test", name: "Admin", role: "admin", passwordHash: "x" })
    .returning()
    .get();
  const write = (slug: string) => {
    const a = fixtureArticle(slug);
    const outcome = importArticle(
      db,
      {
        title: a.title,
        outlet: "Harbour Gazette",
        publishedAt: a.publishedAt,
        body: a.paragraphs.join("\n\n"),
      },
      { actorId: admin.id },
    );
    if (outcome.status !== "created") throw new Error(`${slug}: ${outcome.status}`);
    return outcome.articleId;
  };
  for (let i = 1; i <= 50; i++)
    for (const c of listClaimsForArticle(db, { articleId: write(`earlier-${i}`) }))
      verifyClaim(db, { id: admin.id, role: "admin" }, { claimId: c.id, version: c.version });
  drainJobs(db);
  for (let i = 1; i <= FIXTURE_ARTICLES; i++) write(`full-${Math.ceil(i / 100)}-item-${i}`);
}

const sets: [string, (db: Db) => void][] = [
  ["dev", (db) => void importItems(db, storyItems(dev), { actorId: null })],
  ["holdout", (db) => void importItems(db, storyItems(holdout), { actorId: null })],
  [
    "seeds",
    (db) =>
      void importItems(db, readSeedItems(path.join(process.cwd(), "seeds")), { actorId: null }),
  ],
  ["fixtures", fixtureFeeds],
];
const all = createHash("sha1");
for (const [name, load] of sets) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-fingerprint-"));
  const { db, sqlite } = createDb(path.join(dir, "f.db"));
  load(db);
  drainJobs(db);
  const rows = (q: string) => sqlite.prepare(q).all();
  const out = {
    suggestions: rows(
      "select claim_id, candidate_id, relation, score, reason, state from link_suggestions order by claim_id, candidate_id",
    ),
    flags: rows(
      "select article_id, kind, claim_ids_json, message, resolved_at from claim_flags order by id",
    ),
    alerts: rows(
      "select claim_id, watched_claim_id, relation, score, reason, status from alerts order by claim_id, watched_claim_id",
    ),
    readings: rows(
      "select id, quantity, quantity_who, said_by, scope, reading from claims order by id",
    ),
  };
  const json = JSON.stringify(out);
  all.update(json);
  console.log(
    `${name.padEnd(9)} ${out.suggestions.length} suggestions, ${out.flags.length} flags, ${out.alerts.length} alerts  ${sha1(json)}`,
  );
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`all       ${all.digest("hex")}`);
