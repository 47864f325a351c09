import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { importItems } from "@/db/services/import-batch";
import { verifyClaim } from "@/db/services/claims";
import type { ImportItem } from "@/lib/import/files";
import { createTestDb, insertTestUsers } from "@/tests/test-db";
import { drainJobs, runJobs } from "./worker";

/** Jobs run in a batch share what they read of other articles' claims (db/queries/claim-profiles.ts):
 * the suggestions, flags and alerts must be exactly those of the same jobs run one per transaction. */
const seeds = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join("seeds", f), "utf8"));
/** Seed stories with their figures shifted: every article is new, with neighbours in value to link to,
 * and figures that depart from the verified ones. */
const items = (from: number, to: number): ImportItem[] =>
  Array.from({ length: to - from }, (_, n) => {
    const i = from + n;
    let k = i;
    const body = seeds[i % seeds.length]!.replace(/\d+/g, (d) =>
      String((Number(d) + (k++ % 3) + Math.floor(i / seeds.length)) % 10 ** Math.max(1, d.length)),
    );
    return { ok: true, label: `a${i}`, input: { title: `Story ${i}`, body } };
  });

/** The first stories imported and every figure of theirs verified (watched); then more stories imported,
 * their suggestion, flag and alert jobs left in the queue. */
function build(): { db: Db; close: () => void; queued: number } {
  const { db, close } = createTestDb();
  const users = insertTestUsers(db);
  importItems(db, items(0, seeds.length), { actorId: null });
  drainJobs(db);
  const claims = db.all<{ id: number; version: number }>(
    sql`select id, version from claims where value is not null order by id`,
  );
  for (const c of claims)
    verifyClaim(db, { id: users.admin.id, role: "admin" }, { claimId: c.id, version: c.version });
  drainJobs(db);
  importItems(db, items(seeds.length, 24), { actorId: null });
  const queued = db.get<{ n: number }>(
    sql`select count(*) as n from jobs where status = 'pending'`,
  ).n;
  return { db, close, queued };
}

const results = (db: Db) => ({
  suggestions: db.all(
    sql`select claim_id, candidate_id, relation, score, reason, state from link_suggestions order by claim_id, candidate_id`,
  ),
  alerts: db.all(
    sql`select article_id, claim_id, watched_claim_id, status from alerts order by claim_id, watched_claim_id`,
  ),
  flags: db.all(sql`select article_id, kind, message from claim_flags order by id`),
  jobs: db.all(sql`select status, count(*) as n from jobs group by status`),
});

it("jobs run in one batch give exactly the results of the same jobs run one at a time", () => {
  const single = build();
  const batched = build();
  try {
    expect(single.queued).toBeGreaterThan(30);
    expect(batched.queued).toBe(single.queued);
    expect(drainJobs(single.db, { limit: 1 })).toBe(single.queued);
    // Every job in as few batches as possible: they share one cache.
    let batches = 0;
    for (let n = 1; n > 0; batches++)
      n = runJobs(batched.db, { limit: 1000, budgetMs: Number.POSITIVE_INFINITY }).length;
    expect(batches).toBe(2);
    const expected = results(single.db);
    expect(expected.suggestions.length).toBeGreaterThan(100);
    expect(expected.alerts.length).toBeGreaterThan(0);
    expect(expected.flags.length).toBeGreaterThan(0);
    expect(results(batched.db)).toEqual(expected);
  } finally {
    single.close();
    batched.close();
  }
}, 120_000);
