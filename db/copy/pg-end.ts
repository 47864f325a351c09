import type pg from "pg";
import { migratePg, openPg } from "../pg";
import type { CopyEnd, Row, Value } from "./end";
import type { CopyTable } from "./tables";
import path from "node:path";
import fs from "node:fs";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** Text keys in byte order, as SQLite's BINARY collation compares them. */
const keyExpr = (table: CopyTable) =>
  table.keyKind === "text" ? `${quote(table.key)} collate "C"` : quote(table.key);
/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMS = 60_000;
const MIGRATIONS = path.join(process.cwd(), "db", "pg", "migrations");

/** A PostgreSQL database as the source (it must be migrated to the latest) or the target (migrated
 * here). bigint columns come back as numbers (db/pg/index.ts sets the parser). */
export async function openPgEnd(url: string, role: "source" | "target"): Promise<CopyEnd> {
  const { db, pool, close } = openPg(url, { max: 2 });
  try {
    if (role === "target") await migratePg(db);
    else await checkMigrated(pool);
  } catch (error) {
    await close();
    throw error;
  }
  const list = (table: CopyTable) => table.columns.map((c) => quote(c.name)).join(", ");
  const u = new URL(url);

  return {
    label: `PostgreSQL ${u.host}${u.pathname}`,
    async read(table, after, limit) {
      const where = after === null ? "" : `where ${keyExpr(table)} > $2`;
      const result = await pool.query({
        text: `select ${list(table)} from ${quote(table.name)} ${where} order by ${keyExpr(table)} limit $1`,
        values: after === null ? [limit] : [limit, after],
        rowMode: "array",
      });
      return result.rows as Row[];
    },
    async insert(table, rows) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const perStatement = Math.max(1, Math.floor(MAX_PARAMS / table.columns.length));
        for (let i = 0; i < rows.length; i += perStatement)
          await insertRows(client, table, rows.slice(i, i + perStatement));
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw error;
      } finally {
        client.release();
      }
    },
    async lastKey(table) {
      const { rows } = await pool.query<{ k: Value }>(
        `select ${quote(table.key)} as k from ${quote(table.name)} order by ${keyExpr(table)} desc limit 1`,
      );
      return rows[0]?.k ?? null;
    },
    async count(table) {
      const { rows } = await pool.query<{ n: string }>(
        `select count(*) as n from ${quote(table.name)}`,
      );
      return Number(rows[0]!.n);
    },
    async finish(tables) {
      // Identity columns do not move when ids are given: start each after the greatest copied id.
      for (const table of tables) {
        if (table.keyKind !== "int") continue;
        await pool.query(
          `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quote(table.key)}) from ${quote(table.name)}), 0) + 1, false)`,
          [quote(table.name), table.key],
        );
      }
    },
    close,
  };
}

async function insertRows(client: pg.PoolClient, table: CopyTable, rows: Row[]): Promise<void> {
  const width = table.columns.length;
  const values: Value[] = [];
  const tuples = rows.map((row, r) => {
    values.push(...row);
    return `(${row.map((_, c) => `$${r * width + c + 1}`).join(", ")})`;
  });
  await client.query(
    `insert into ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(", ")}) values ${tuples.join(", ")}`,
    values,
  );
}

async function checkMigrated(pool: pg.Pool): Promise<void> {
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8"),
  ) as {
    entries: unknown[];
  };
  const { rows } = await pool
    .query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations")
    .catch(() => ({ rows: [{ n: "0" }] }));
  const applied = Number(rows[0]!.n);
  if (applied !== journal.entries.length)
    throw new Error(
      `the source has ${applied} of ${journal.entries.length} migrations: run db:migrate on it first`,
    );
}
