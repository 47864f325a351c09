import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPgTestDb, pgTestUrl, withDatabase, type PgTestDb } from "@/tests/pg-test-db";
import { pgEngine } from "./pg";
import type { Engine, SqlRunner } from "./types";

let t: PgTestDb;
let engine: Engine;
// The replica's own maintenance connection: pauses and resumes its replay of the primary's WAL.
let replicaAdmin: pg.Client;
beforeAll(async () => {
  t = await createPgTestDb({ migrate: false });
  await t.pool.query("create table notes_seen (id integer primary key, body text not null)");
  const replicaUrl = withDatabase(pgTestUrl("replica"), t.name);
  await untilReplicaHas(replicaUrl);
  engine = pgEngine({ url: t.url, replicaUrl, max: 2 });
  replicaAdmin = new pg.Client({ connectionString: pgTestUrl("replica") });
  await replicaAdmin.connect();
});
afterAll(async () => {
  await replicaAdmin.query("select pg_wal_replay_resume()");
  await replicaAdmin.end();
  await engine.close();
  await t.close();
});

const onReplica = async (reader: SqlRunner) =>
  (await reader.get<{ r: boolean }>(sql`select pg_is_in_recovery() as r`))!.r;
const body = async (reader: SqlRunner, id: number) =>
  (await reader.get<{ body: string }>(sql`select body from notes_seen where id = ${id}`))?.body;

it("sends stale-tolerant reads to the replica, and the writer's next read to the primary until the replica has the write", async () => {
  expect(await onReplica(await engine.reader("stale"))).toBe(true);
  expect(await onReplica(await engine.reader("primary"))).toBe(false);

  // The replica falls behind (its replay paused): the state a busy replica is in for a moment.
  await replicaAdmin.query("select pg_wal_replay_pause()");
  try {
    const { mark } = await engine.write((tx) =>
      tx.run(sql`insert into notes_seen (id, body) values (1, 'my change')`),
    );
    expect(mark).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    // The writer, carrying the mark (in the session: any app server), reads the primary and sees it.
    const mine = await engine.reader("stale", mark);
    expect(await onReplica(mine)).toBe(false);
    expect(await body(mine, 1)).toBe("my change");
    // Everyone else reads the replica, a moment behind: allowed for lists and search.
    const others = await engine.reader("stale");
    expect(await onReplica(others)).toBe(true);
    expect(await body(others, 1)).toBeUndefined();

    await replicaAdmin.query("select pg_wal_replay_resume()");
    // Once the replica has replayed the write, the writer's reads go back to it.
    let reader = await engine.reader("stale", mark);
    for (let i = 0; i < 200 && !(await onReplica(reader)); i++) {
      await new Promise((r) => setTimeout(r, 25));
      reader = await engine.reader("stale", mark);
    }
    expect(await onReplica(reader)).toBe(true);
    expect(await body(reader, 1)).toBe("my change");
  } finally {
    await replicaAdmin.query("select pg_wal_replay_resume()");
  }
});

it("reads the primary when the replica does not answer", async () => {
  // A port nothing listens on: the replica is down.
  const down = pgEngine({ url: t.url, replicaUrl: "postgres://postgres@127.0.0.1:1/x", max: 1 });
  try {
    const { mark } = await down.write((tx) =>
      tx.run(sql`insert into notes_seen (id, body) values (2, 'still readable')`),
    );
    for (const m of [null, mark]) {
      const reader = await down.reader("stale", m);
      expect(await onReplica(reader)).toBe(false);
      expect(await body(reader, 2)).toBe("still readable");
    }
  } finally {
    await down.close();
  }
});

/** A database created on the primary reaches the replica a moment later. */
async function untilReplicaHas(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from pg_tables where tablename = 'notes_seen'",
      );
      if (rows[0]!.n === 1) return;
    } catch {
      // not there yet
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the replica never received the test database");
}
