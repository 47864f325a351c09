import { Column, getTableName, is, SQL, StringChunk, type Table } from "drizzle-orm";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";

/**
 * A table described in terms both engines share, so the SQLite and the PostgreSQL schema can be
 * compared for equality (db/pg/schema-lockstep.test.ts). Column types become kinds (int, float, text,
 * bool): what the type mapping of db/pg/schema.ts promises to keep.
 */
export interface TableShape {
  name: string;
  columns: Record<string, string>;
  primaryKey: string[];
  indexes: Record<string, string>;
  foreignKeys: string[];
  uniques: string[];
  checks: string[];
}

const KINDS: Record<string, string> = {
  integer: "int",
  bigint: "int",
  real: "float",
  "double precision": "float",
  text: "text",
  boolean: "bool",
};

/** SQL (an index expression or WHERE) as text, columns as their quoted names, spaces normalised. */
export function sqlText(chunk: unknown): string {
  if (is(chunk, SQL)) return chunk.queryChunks.map(sqlText).join("").replace(/\s+/g, " ").trim();
  if (is(chunk, StringChunk)) return chunk.value.join("");
  if (is(chunk, Column)) return `"${chunk.name}"`;
  if (typeof chunk === "string") return chunk;
  // An index column on pg-core is an IndexedColumn: its name is what counts.
  if (chunk && typeof chunk === "object" && "name" in chunk) return `"${String(chunk.name)}"`;
  throw new Error(`cannot describe SQL chunk ${String(chunk)}`);
}

function columnShape(column: Column): string {
  const sqlType = column.getSQLType();
  const kind = column.dataType === "boolean" ? "bool" : KINDS[sqlType];
  if (!kind) throw new Error(`no kind for ${column.name}: ${sqlType}`);
  const parts = [kind, column.notNull ? "not null" : "null"];
  // A key's numbering (AUTOINCREMENT, an identity) is the key's, not a default.
  if (column.hasDefault && !column.primary) {
    // A literal default must be the same value; an SQL one (the clock) differs by engine by design.
    const value = column.default;
    parts.push(is(value, SQL) ? "default (sql)" : `default ${JSON.stringify(value)}`);
  }
  if (column.enumValues?.length) parts.push(`enum ${column.enumValues.join("|")}`);
  return parts.join(" ");
}

export function shapeOf(table: Table): TableShape {
  const config = is(table, SQLiteTable)
    ? sqliteConfig(table)
    : is(table, PgTable)
      ? pgConfig(table)
      : null;
  if (!config) throw new Error(`${getTableName(table)} is neither a SQLite nor a PostgreSQL table`);
  const columns: Record<string, string> = {};
  for (const c of config.columns) columns[c.name] = columnShape(c);
  const indexes: Record<string, string> = {};
  for (const { config: ix } of config.indexes) {
    const on = (ix.columns as unknown[]).map(sqlText).join(", ");
    const where = ix.where ? ` where ${sqlText(ix.where)}` : "";
    indexes[ix.name ?? `unnamed (${on})`] = `${ix.unique ? "unique " : ""}(${on})${where}`;
  }
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      const from = ref.columns.map((c) => c.name).join(", ");
      const to = ref.foreignColumns.map((c) => c.name).join(", ");
      return `(${from}) -> ${getTableName(ref.foreignTable)}(${to}) on delete ${fk.onDelete ?? "no action"}`;
    })
    .sort();
  return {
    name: config.name,
    columns,
    primaryKey: [
      ...config.columns.filter((c) => c.primary).map((c) => c.name),
      ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
    ].sort(),
    indexes,
    foreignKeys,
    uniques: config.uniqueConstraints.map((u) => u.columns.map((c) => c.name).join(", ")).sort(),
    checks: config.checks.map((c) => `${c.name}: ${sqlText(c.value)}`).sort(),
  };
}

/** Every table a schema module exports, by SQL name. */
export function tablesOf(module: Record<string, unknown>): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const value of Object.values(module))
    if (is(value, SQLiteTable) || is(value, PgTable)) out.set(getTableName(value), value);
  return out;
}
