import { getTableName } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import * as sqliteSchema from "../schema";
import { shapeOf, tablesOf } from "../pg/schema-shape";

/** How a value is kept on both engines: what db:copy converts (0/1 ↔ boolean) and hashes. */
export type Kind = "int" | "float" | "text" | "bool";

export interface CopyTable {
  name: string;
  /** The single-column primary key: rows are copied and hashed in its order. */
  key: string;
  keyKind: Kind;
  columns: { name: string; kind: Kind }[];
}

/** Every table, parents before children (foreign keys), columns in db/schema.ts's order. The two schemas
 * are equal (db/pg/schema-lockstep.test.ts), so one plan serves both directions. */
export function copyPlan(): CopyTable[] {
  const tables = [...tablesOf(sqliteSchema).values()];
  const plans = new Map<string, CopyTable>();
  const parents = new Map<string, Set<string>>();
  for (const table of tables) {
    const shape = shapeOf(table);
    const config = getTableConfig(table as never);
    const columns = Object.entries(shape.columns).map(([name, s]) => ({
      name,
      kind: s.split(" ")[0] as Kind,
    }));
    if (shape.primaryKey.length !== 1)
      throw new Error(`${shape.name}: db:copy needs a one-column key`);
    const key = shape.primaryKey[0]!;
    plans.set(shape.name, {
      name: shape.name,
      key,
      keyKind: columns.find((c) => c.name === key)!.kind,
      columns,
    });
    parents.set(
      shape.name,
      new Set(
        config.foreignKeys
          .map((fk) => getTableName(fk.reference().foreignTable))
          .filter((p) => p !== shape.name),
      ),
    );
  }
  // Depth-first topological order; names sorted so the order is the same on every run.
  const order: CopyTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting")
      throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    for (const parent of [...parents.get(name)!].sort()) visit(parent);
    state.set(name, "done");
    order.push(plans.get(name)!);
  };
  for (const name of [...plans.keys()].sort()) visit(name);
  return order;
}
