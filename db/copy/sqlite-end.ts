import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../index";
import { writeTransaction } from "../write-transaction";
import type { CopyEnd, Row, Value } from "./end";
import type { CopyTable } from "./tables";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

/** A SQLite file as the source (opened read-only; it must be migrated to the latest) or the target
 * (created and migrated if need be). Booleans are stored 0/1 and read back as booleans. */
export function openSqliteEnd(file: string, role: "source" | "target"): CopyEnd {
  let sqlite: Database.Database;
  let db: ReturnType<typeof createDb>["db"] | null = null;
  if (role === "source") {
    if (!fs.existsSync(file)) throw new Error(`no SQLite database at ${file}`);
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const applied = sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as {
      n: number;
    };
    const journal = JSON.parse(
      fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8"),
    ) as {
      entries: unknown[];
    };
    if (applied.n !== journal.entries.length)
      throw new Error(
        `${file} has ${applied.n} of ${journal.entries.length} migrations: run db:migrate on it first`,
      );
  } else {
    ({ db, sqlite } = createDb(file));
  }

  const toRow = (table: CopyTable, raw: unknown[]): Row =>
    table.columns.map((c, i) => {
      const v = raw[i] as Value;
      return c.kind === "bool" && v !== null ? v === 1 : v;
    });
  const list = (table: CopyTable) => table.columns.map((c) => quote(c.name)).join(", ");

  return {
    label: `SQLite ${file}`,
    read(table, after, limit) {
      const where = after === null ? "" : `where ${quote(table.key)} > ?`;
      const stmt = sqlite
        .prepare(
          `select ${list(table)} from ${quote(table.name)} ${where} order by ${quote(table.key)} limit ?`,
        )
        .raw(true);
      const raws = (after === null ? stmt.all(limit) : stmt.all(after, limit)) as unknown[][];
      return Promise.resolve(raws.map((r) => toRow(table, r)));
    },
    insert(table, rows) {
      const stmt = sqlite.prepare(
        `insert into ${quote(table.name)} (${list(table)}) values (${table.columns.map(() => "?").join(", ")})`,
      );
      writeTransaction(db!, () => {
        for (const row of rows)
          stmt.run(row.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v)));
      });
      return Promise.resolve();
    },
    lastKey(table) {
      const row = sqlite
        .prepare(`select max(${quote(table.key)}) as k from ${quote(table.name)}`)
        .get() as { k: Value };
      return Promise.resolve(row.k);
    },
    count(table) {
      const row = sqlite.prepare(`select count(*) as n from ${quote(table.name)}`).get() as {
        n: number;
      };
      return Promise.resolve(row.n);
    },
    // AUTOINCREMENT keeps sqlite_sequence at the greatest id inserted, explicit ids included.
    finish: () => Promise.resolve(),
    close() {
      sqlite.close();
      return Promise.resolve();
    },
  };
}
