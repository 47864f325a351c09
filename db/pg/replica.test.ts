import { afterAll, beforeAll, expect, it } from "vitest";
import pg from "pg";
import { createPgTestDb, pgTestUrl, withDatabase, type PgTestDb } from "@/tests/pg-test-db";

let t: PgTestDb;
let replica: pg.Client;
beforeAll(async () => {
  t = await createPgTestDb();
  replica = new pg.Client({ connectionString: withDatabase(pgTestUrl("replica"), t.name) });
  await replica.connect();
});
afterAll(async () => {
  await replica.end();
  await t.close();
});

it("the test replica streams the primary's writes and refuses its own", async () => {
  const { rows: recovery } = await replica.query<{ r: boolean }>("select pg_is_in_recovery() as r");
  expect(recovery[0]!.r).toBe(true);
  await t.pool.query("insert into settings (key, value) values ('replica-check', 'seen')");
  // The replica replays the primary's WAL a moment later: the migration's tables first, then the row.
  let seen: string | undefined;
  for (let i = 0; i < 100 && !seen; i++) {
    seen = await replica
      .query<{ value: string }>("select value from settings where key = 'replica-check'")
      .then(
        ({ rows }) => rows[0]?.value,
        () => undefined,
      );
    if (!seen) await new Promise((r) => setTimeout(r, 50));
  }
  expect(seen).toBe("seen");
  await expect(
    replica.query("insert into settings (key, value) values ('x', 'y')"),
  ).rejects.toThrow(/read-only/);
});
