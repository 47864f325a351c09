import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import {
  pgTable,
  integer as pgInteger,
  text as pgText,
  index as pgIndex,
} from "drizzle-orm/pg-core";
import * as sqliteSchema from "../schema";
import * as pgSchema from "./schema";
import { shapeOf, tablesOf } from "./schema-shape";

const sqliteTables = tablesOf(sqliteSchema);
const pgTables = tablesOf(pgSchema);

describe("the SQLite and PostgreSQL schemas", () => {
  it("have the same tables", () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    expect(sqliteTables.size).toBeGreaterThanOrEqual(18);
  });

  for (const [name, table] of sqliteTables)
    it(`agree on ${name}: columns, keys, indexes, foreign keys, uniques and checks`, () => {
      const twin = pgTables.get(name);
      expect(twin, `${name} is missing from db/pg/schema.ts`).toBeDefined();
      expect(shapeOf(twin!)).toEqual(shapeOf(table));
    });
});

describe("the comparison", () => {
  // Proof that the lockstep test can fail: small pairs differing in one thing each.
  const lite = sqliteTable(
    "t",
    { id: integer("id").primaryKey(), at: integer("at").notNull(), note: text("note") },
    (t) => [
      index("t_at")
        .on(t.at)
        .where(sql`note is null`),
    ],
  );
  const same = pgTable(
    "t",
    { id: pgInteger("id").primaryKey(), at: pgInteger("at").notNull(), note: pgText("note") },
    (t) => [
      pgIndex("t_at")
        .on(t.at)
        .where(sql`note is null`),
    ],
  );

  it("finds equal tables equal", () => {
    expect(shapeOf(same)).toEqual(shapeOf(lite));
  });

  it("sees a missing column, a nullability, an index's columns and its WHERE", () => {
    const noColumn = pgTable(
      "t",
      { id: pgInteger("id").primaryKey(), at: pgInteger("at").notNull() },
      (t) => [
        pgIndex("t_at")
          .on(t.at)
          .where(sql`note is null`),
      ],
    );
    const nullable = pgTable(
      "t",
      { id: pgInteger("id").primaryKey(), at: pgInteger("at"), note: pgText("note") },
      (t) => [
        pgIndex("t_at")
          .on(t.at)
          .where(sql`note is null`),
      ],
    );
    const otherColumns = pgTable(
      "t",
      { id: pgInteger("id").primaryKey(), at: pgInteger("at").notNull(), note: pgText("note") },
      (t) => [
        pgIndex("t_at")
          .on(t.at, t.id)
          .where(sql`note is null`),
      ],
    );
    const noWhere = pgTable(
      "t",
      { id: pgInteger("id").primaryKey(), at: pgInteger("at").notNull(), note: pgText("note") },
      (t) => [pgIndex("t_at").on(t.at)],
    );
    for (const other of [noColumn, nullable, otherColumns, noWhere])
      expect(shapeOf(other)).not.toEqual(shapeOf(lite));
  });
});
