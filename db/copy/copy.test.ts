import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as schema from "@/db/schema";
import { seedTempDb } from "@/tests/seed-db";
import { insertTestUsers } from "@/tests/test-db";
import { createPgTestDb, type PgTestDb } from "@/tests/pg-test-db";
import { copyDatabase, type CopyReport } from "./copy";

let seeded: ReturnType<typeof seedTempDb>;
let pg: PgTestDb;
let sourceFile: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-copy-"));

beforeAll(async () => {
  seeded = seedTempDb();
  const { db } = seeded;
  // Beyond the seed: every kind of value the copy converts or must keep exactly.
  const actor = insertTestUsers(db).checker.id;
  db.insert(schema.feeds)
    .values({ url: "https://feeds.test/a", paused: true, createdBy: actor })
    .run();
  db.insert(schema.feeds).values({ url: "https://feeds.test/b", paused: false }).run();
  db.insert(schema.settings)
    .values([
      { key: "zeta", value: "Ünïcødé — “quotes” ✓" },
      { key: "Alpha", value: "upper case sorts first in byte order" },
      { key: "alpha", value: "{}" },
    ])
    .run();
  db.insert(schema.loginFailures).values({ key: "addr:127.0.0.1", at: 4_102_444_800_123 }).run();
  const claim = db.select().from(schema.claims).limit(1).all()[0]!;
  db.update(schema.claims)
    .set({ value: 0.1 + 0.2, low: -1e-7, high: 1.7976931348623157e308 })
    .where(eq(schema.claims.id, claim.id))
    .run();
  const source = db
    .insert(schema.sources)
    .values({
      title: "Monitor's report",
      url: "https://monitor.test/r",
      normalizedUrl: "monitor.test/r",
    })
    .returning()
    .get();
  db.insert(schema.claimSources)
    .values({ claimId: claim.id, sourceId: source.id, stance: "supports" })
    .run();
  db.insert(schema.notes)
    .values({
      claimId: claim.id,
      authorId: actor,
      docJson: '{"type":"doc"}',
      plainText: "Checked twice",
    })
    .run();
  sourceFile = path.join(dir, "source.db");
  seeded.sqlite.exec(`vacuum into '${sourceFile}'`);
  pg = await createPgTestDb({ migrate: false });
});

afterAll(async () => {
  seeded.cleanup();
  await pg.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const checksums = (r: CopyReport) => Object.fromEntries(r.tables.map((t) => [t.table, t.source]));

describe("db:copy", () => {
  let first: CopyReport;

  it("stops when cut short and resumes where it stopped, SQLite → PostgreSQL", async () => {
    const cut = await copyDatabase({
      from: `file:${sourceFile}`,
      to: pg.url,
      batch: 7,
      maxBatches: 6,
    });
    expect(cut.complete).toBe(false);
    const partial = await pg.pool.query<{ n: number }>("select count(*)::int as n from claims");
    const claims = seeded.sqlite.prepare("select count(*) as n from claims").get() as { n: number };
    expect(partial.rows[0]!.n).toBeLessThan(claims.n);

    first = await copyDatabase({ from: `file:${sourceFile}`, to: pg.url, batch: 7 });
    expect(first.complete).toBe(true);
    expect(first.verified).toBe(true);
    // The second run copied only what the first had not.
    const copiedNow = first.tables.reduce((n, t) => n + t.copied, 0);
    const total = first.tables.reduce((n, t) => n + t.source.count, 0);
    expect(copiedNow).toBeLessThan(total);
    expect(total).toBeGreaterThan(150);
    for (const table of [
      "users",
      "articles",
      "claims",
      "audit_events",
      "link_suggestions",
      "feeds",
      "settings",
      "notes",
      "claim_sources",
    ])
      expect(checksums(first)[table]!.count, table).toBeGreaterThan(0);
  });

  it("keeps values exact on PostgreSQL and numbers new rows after the copied ones", async () => {
    const { rows } = await pg.pool.query<{ url: string; paused: boolean }>(
      "select url, paused from feeds order by id",
    );
    expect(rows).toEqual([
      { url: "https://feeds.test/a", paused: true },
      { url: "https://feeds.test/b", paused: false },
    ]);
    const floats = await pg.pool.query<{ value: number; low: number; high: number }>(
      "select value, low, high from claims where value = $1",
      [0.1 + 0.2],
    );
    expect(floats.rows).toEqual([{ value: 0.1 + 0.2, low: -1e-7, high: 1.7976931348623157e308 }]);
    const at = await pg.pool.query<{ at: number }>("select at from login_failures");
    expect(at.rows).toEqual([{ at: 4_102_444_800_123 }]);
    const maxUser = await pg.pool.query<{ m: number }>("select max(id) as m from users");
    const inserted = await pg.pool.query<{ id: number }>(
      "insert into users (email, name, role, password_hash) values ('new@test.test', 'New', 'checker', 'x') returning id",
    );
    expect(inserted.rows[0]!.id).toBe(maxUser.rows[0]!.m + 1);
    await pg.pool.query("delete from users where email = 'new@test.test'");
    await expect(pg.pool.query("delete from audit_events")).rejects.toThrow(/append-only/);
  });

  it("copies back to a new SQLite file with the same counts and checksums", async () => {
    const back = path.join(dir, "back.db");
    const report = await copyDatabase({ from: pg.url, to: `file:${back}`, batch: 50 });
    expect(report.verified).toBe(true);
    expect(checksums(report)).toEqual(checksums(first));
  });

  it("reports a target that was not empty instead of calling it verified", async () => {
    const other = path.join(dir, "other.db");
    const seededTarget = await copyDatabase({ from: `file:${sourceFile}`, to: `file:${other}` });
    expect(seededTarget.verified).toBe(true);
    const { createDb } = await import("@/db");
    const { sqlite } = createDb(other);
    sqlite.prepare("insert into settings (key, value) values ('zzz', 'not in the source')").run();
    sqlite.close();
    const again = await copyDatabase({ from: `file:${sourceFile}`, to: `file:${other}` });
    expect(again.verified).toBe(false);
    const settings = again.tables.find((t) => t.table === "settings")!;
    expect(settings.target.count).toBe(settings.source.count + 1);
  });
});
