import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTableConfig } from "drizzle-orm/pg-core";
import * as pgSchema from "./schema";
import { tablesOf } from "./schema-shape";
import { createPgTestDb, type PgTestDb } from "@/tests/pg-test-db";

let t: PgTestDb;
beforeAll(async () => {
  t = await createPgTestDb();
});
afterAll(async () => {
  await t.close();
});

const rows = async <T>(text: string, values: unknown[] = []) =>
  (await t.pool.query(text, values)).rows as T[];

describe("db/pg/migrations on a fresh PostgreSQL database", () => {
  it("creates every table, column and index of db/pg/schema.ts", async () => {
    const tables = tablesOf(pgSchema);
    const columns = await rows<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public'",
    );
    const indexes = new Set(
      (
        await rows<{ indexname: string }>(
          "select indexname from pg_indexes where schemaname = 'public'",
        )
      ).map((r) => r.indexname),
    );
    for (const [name, table] of tables) {
      const config = getTableConfig(table);
      const have = columns.filter((c) => c.table_name === name).map((c) => c.column_name);
      expect(have.sort(), name).toEqual(config.columns.map((c) => c.name).sort());
      for (const ix of config.indexes)
        expect(indexes.has(ix.config.name ?? ""), ix.config.name).toBe(true);
    }
    for (const search of ["articles_search", "claims_search", "notes_search", "sources_search"])
      expect(indexes.has(search), search).toBe(true);
    const fks = await rows<{ n: string }>(
      "select count(*)::int as n from information_schema.table_constraints where constraint_type = 'FOREIGN KEY' and table_schema = 'public'",
    );
    const declared = [...tables.values()].reduce(
      (n, table) => n + getTableConfig(table).foreignKeys.length,
      0,
    );
    expect(Number(fks[0]!.n)).toBe(declared);
  });

  it("keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    await t.pool.query(
      "insert into audit_events (at, entity, entity_id, action) values (1, 'claim', 1, 'claim.verified')",
    );
    await expect(t.pool.query("update audit_events set action = 'claim.disputed'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.pool.query("delete from audit_events")).rejects.toThrow(/append-only/);
    await expect(t.pool.query("truncate audit_events")).rejects.toThrow(/append-only/);
    expect(await rows("select action from audit_events")).toEqual([{ action: "claim.verified" }]);
  });

  it("enforces foreign keys and the pending-job uniqueness", async () => {
    await expect(
      t.pool.query(
        "insert into claims (article_id, start, \"end\", number_start, number_end, sentence_start, sentence_end, quote) values (999, 0, 1, 0, 1, 0, 1, 'x')",
      ),
    ).rejects.toThrow(/foreign key/);
    await t.pool.query("insert into jobs (kind, key, run_after) values ('suggest', 'a:1', 0)");
    await expect(
      t.pool.query("insert into jobs (kind, key, run_after) values ('suggest', 'a:1', 0)"),
    ).rejects.toThrow(/jobs_pending_key_unique/);
  });

  it("searches with stemming, without accents or stop words, through the GIN index", async () => {
    await t.pool.query(
      "insert into articles (title, body, body_hash) values ('Café toll', 'The deaths were counted at the border.', 'h-search')",
    );
    const match = (q: string) =>
      rows<{ title: string }>(
        "select title from articles where public.articles_search(title, body) @@ websearch_to_tsquery('public.tally', $1)",
        [q],
      );
    expect(await match("death")).toEqual([{ title: "Café toll" }]);
    expect(await match("cafe killed")).toEqual([]);
    expect(await match("cafe")).toEqual([{ title: "Café toll" }]);
    expect(await match("the border")).toEqual([{ title: "Café toll" }]);
    await t.pool.query("set enable_seqscan = off");
    const plan = await rows<{ "QUERY PLAN": string }>(
      "explain select id from articles where public.articles_search(title, body) @@ websearch_to_tsquery('public.tally', 'death')",
    );
    expect(plan.map((p) => p["QUERY PLAN"]).join("\n")).toMatch(/articles_search/);
  });

  it("is applied once: migrating again changes nothing", async () => {
    const { migratePg } = await import("./index");
    const before = await rows("select hash from drizzle.__drizzle_migrations order by id");
    await migratePg(t.db);
    expect(await rows("select hash from drizzle.__drizzle_migrations order by id")).toEqual(before);
    expect(before).toHaveLength(3);
  });
});
