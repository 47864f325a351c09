import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { importItems } from "@/db/services/import-batch";
import { verifyClaim } from "@/db/services/claims";
import type { ImportItem } from "@/lib/import/files";
import { createTestDb, insertTestUsers } from "@/tests/test-db";
import { JOB_PLANS } from "./follow-ups";
import { drainJobs } from "./worker";

/** A job is worked out before its transaction (worker.ts): a change committed in between (here a checker
 * verifying figures, which makes them watched) must not be lost to what was worked out before it. */
const seeds = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join("seeds", f), "utf8"));
const items = (from: number, to: number): ImportItem[] =>
  Array.from({ length: to - from }, (_, n) => {
    const i = from + n;
    let k = i;
    const body = seeds[i % seeds.length]!.replace(/\d+/g, (d) =>
      String((Number(d) + (k++ % 3) + Math.floor(i / seeds.length)) % 10 ** Math.max(1, d.length)),
    );
    return { ok: true, label: `a${i}`, input: { title: `Story ${i}`, body } };
  });

/** The first stories imported and done; more imported, their jobs queued; nothing verified yet. */
function build() {
  const { db, close } = createTestDb();
  const users = insertTestUsers(db);
  importItems(db, items(0, seeds.length), { actorId: null });
  drainJobs(db);
  const first = db.all<{ id: number; version: number }>(
    sql`select id, version from claims where value is not null order by id`,
  );
  importItems(db, items(seeds.length, 24), { actorId: null });
  const verifyFirst = () => {
    for (const c of first)
      verifyClaim(db, { id: users.admin.id, role: "admin" }, { claimId: c.id, version: c.version });
  };
  return { db, close, verifyFirst };
}

const alertRows = (db: Db) =>
  db.all(
    sql`select article_id, claim_id, watched_claim_id from alerts order by claim_id, watched_claim_id`,
  );

it("a job worked out before a change committed is worked out again in its transaction", () => {
  const control = build();
  const raced = build();
  const original = JOB_PLANS["article.alerts"]!;
  let planned = 0;
  try {
    control.verifyFirst();
    drainJobs(control.db);
    const expected = alertRows(control.db);
    expect(expected.length).toBeGreaterThan(0);
    // The check of an article that raises alerts is worked out while nothing is watched, and the figures
    // are verified before its transaction.
    const target = (expected[0] as { article_id: number }).article_id;
    JOB_PLANS["article.alerts"] = (db, payload, batch) => {
      const plan = original(db, payload, batch);
      if ((payload as { articleId: number }).articleId === target) raced.verifyFirst();
      planned++;
      return plan;
    };
    drainJobs(raced.db);
    expect(planned).toBeGreaterThan(1);
    expect(alertRows(raced.db)).toEqual(expected);
  } finally {
    JOB_PLANS["article.alerts"] = original;
    control.close();
    raced.close();
  }
}, 120_000);
