import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { createPgTestDb, type PgTestDb } from "@/tests/pg-test-db";
import { pgEngine } from "./pg";
import { sqliteEngine } from "./sqlite";
import type { Engine } from "./types";

// The same tests on both engines: what a service written once may rely on.
const engines: [string, () => Promise<{ engine: Engine; close: () => Promise<void> }>][] = [
  [
    "sqlite",
    async () => {
      const t: TestDb = createTestDb({ onDisk: true });
      const engine = sqliteEngine(t.db, t.sqlite);
      return { engine, close: async () => (await engine.close(), t.close()) };
    },
  ],
  [
    "postgres",
    async () => {
      const t: PgTestDb = await createPgTestDb({ migrate: false });
      const engine = pgEngine({ url: t.url, max: 4 });
      return { engine, close: async () => (await engine.close(), await t.close()) };
    },
  ],
];

const tick = () => new Promise((r) => setTimeout(r, 5));

describe.each(engines)("the write transaction on %s", (_name, open) => {
  let engine: Engine;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, close } = await open());
    await engine.write((tx) =>
      tx.run(
        sql`create table counter (id integer primary key, n integer not null, version integer not null)`,
      ),
    );
  });
  afterAll(() => close());
  beforeEach(async () => {
    await engine.write(async (tx) => {
      await tx.run(sql`delete from counter`);
      await tx.run(sql`insert into counter (id, n, version) values (1, 0, 1)`);
    });
  });
  const readCounter = async () =>
    (await engine.reader("primary")).get<{ n: number; version: number }>(
      sql`select n, version from counter where id = 1`,
    );

  it("commits what its work wrote and returns the work's value", async () => {
    const { value } = await engine.write(async (tx) => {
      await tx.run(sql`update counter set n = 5 where id = 1`);
      await tick();
      return (await tx.get<{ n: number }>(sql`select n from counter where id = 1`))!.n;
    });
    expect(value).toBe(5);
    expect(await readCounter()).toEqual({ n: 5, version: 1 });
  });

  it("rolls back every statement when the work throws after an await, and re-throws", async () => {
    await expect(
      engine.write(async (tx) => {
        await tx.run(sql`update counter set n = 7 where id = 1`);
        await tick();
        await tx.run(sql`insert into counter (id, n, version) values (2, 0, 1)`);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await readCounter()).toEqual({ n: 0, version: 1 });
    const rows = await (await engine.reader("primary")).all(sql`select id from counter`);
    expect(rows).toHaveLength(1);
    // The connection is usable again after the rollback.
    await engine.write((tx) => tx.run(sql`update counter set n = 1 where id = 1`));
    expect((await readCounter())!.n).toBe(1);
  });

  it("lets exactly one of two concurrent writers of the same version through", async () => {
    // Both hold version 1 (what their forms showed); the version check refuses the later one.
    const save = (n: number) =>
      engine.write(async (tx) => {
        await tick();
        const { changes } = await tx.run(
          sql`update counter set n = ${n}, version = version + 1 where id = 1 and version = 1`,
        );
        return changes;
      });
    const results = await Promise.all([save(10), save(20)]);
    expect(results.map((r) => r.value).sort()).toEqual([0, 1]);
    const winner = results[0].value === 1 ? 10 : 20;
    expect(await readCounter()).toEqual({ n: winner, version: 2 });
  });

  it("does not let a read outside the transaction see its rows before the commit", async () => {
    let seenDuring: number | undefined;
    await engine.write(async (tx) => {
      await tx.run(sql`update counter set n = 99 where id = 1`);
      // A read by another request meanwhile (on SQLite: the read connection).
      const reader = await engine.reader("primary");
      seenDuring = (await Promise.race([
        reader.get<{ n: number }>(sql`select n from counter where id = 1`).then((r) => r!.n),
        tick().then(() => -1),
      ]))!;
    });
    // -1: the read waited for the write (SQLite in memory queues reads); otherwise the committed 0.
    expect([0, -1]).toContain(seenDuring);
    expect((await readCounter())!.n).toBe(99);
  });

  it("refuses a write started inside another's work instead of deadlocking or escaping it", async () => {
    await expect(
      engine.write(async () => engine.write((tx) => tx.run(sql`update counter set n = 3`))),
    ).rejects.toThrow(/inside another/);
    expect((await readCounter())!.n).toBe(0);
  });
});

describe("the SQLite single-writer queue", () => {
  let t: TestDb;
  let engine: Engine;
  beforeAll(() => {
    t = createTestDb();
    engine = sqliteEngine(t.db, t.sqlite);
    t.sqlite.exec("create table counter (id integer primary key, n integer not null)");
    t.sqlite.exec("insert into counter values (1, 0)");
  });
  afterAll(async () => {
    await engine.close();
    t.close();
  });

  it("runs async writes one at a time, in order, so read-modify-write never loses an update", async () => {
    const log: string[] = [];
    const increment = (name: string) =>
      engine.write(async (tx) => {
        log.push(`${name} begins`);
        const { n } = (await tx.get<{ n: number }>(sql`select n from counter where id = 1`))!;
        await tick(); // another request's turn would come here if nothing queued it
        await tx.run(sql`update counter set n = ${n + 1} where id = 1`);
        log.push(`${name} ends`);
      });
    await Promise.all(["a", "b", "c"].map(increment));
    expect(log).toEqual(["a begins", "a ends", "b begins", "b ends", "c begins", "c ends"]);
    expect(t.db.get<{ n: number }>(sql`select n from counter`).n).toBe(3);
  });

  it("keeps its turn order after a failed write", async () => {
    const log: string[] = [];
    const failing = engine.write(async () => {
      await tick();
      log.push("fails");
      throw new Error("no");
    });
    const next = engine.write(async () => void log.push("next"));
    await expect(failing).rejects.toThrow("no");
    await next;
    expect(log).toEqual(["fails", "next"]);
    expect(t.sqlite.inTransaction).toBe(false);
  });

  it("is needed: without it, a second async transaction on the one connection cannot even begin", async () => {
    const raw = async (n: number) => {
      t.sqlite.exec("BEGIN IMMEDIATE");
      await tick();
      t.sqlite.exec(`update counter set n = ${n}`);
      t.sqlite.exec("COMMIT");
    };
    const outcomes = await Promise.allSettled([raw(1), raw(2)]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/within a transaction/);
  });
});

describe("PostgreSQL writers", () => {
  let t: PgTestDb;
  let engine: Engine;
  beforeAll(async () => {
    t = await createPgTestDb({ migrate: false });
    engine = pgEngine({ url: t.url, max: 4 });
    await t.pool.query("create table counter (id integer primary key, n integer not null)");
  });
  afterAll(async () => {
    await engine.close();
    await t.close();
  });

  it("run side by side on their own connections (no queue), each in its own transaction", async () => {
    // Each writer waits, inside its transaction, until the other has begun: with a queue they would
    // wait for each other forever (the barrier times out instead).
    let begun = 0;
    let release!: () => void;
    const bothBegun = new Promise<void>((resolve) => (release = resolve));
    const write = (id: number) =>
      engine.write(async (tx) => {
        await tx.run(sql`insert into counter (id, n) values (${id}, 0)`);
        // Not yet committed, and neither is the other's: each sees its own row only.
        const seen = (await tx.all(sql`select id from counter`)).length;
        if (++begun === 2) release();
        await Promise.race([
          bothBegun,
          new Promise((_, reject) => setTimeout(() => reject(new Error("serialised")), 5_000)),
        ]);
        return seen;
      });
    const results = await Promise.all([write(1), write(2)]);
    expect(results.map((r) => r.value)).toEqual([1, 1]);
    const { rows } = await t.pool.query("select id from counter order by id");
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
