import { createHash } from "node:crypto";
import type { CopyEnd, Row } from "./end";
import type { CopyTable } from "./tables";

/** A row's canonical form: a JSON array of its values in the plan's column order. JSON numbers print
 * a double exactly (shortest round-trip form), so the same value hashes the same from either engine. */
export function canonicalRow(row: Row): string {
  return JSON.stringify(row);
}

/** sha256 over every row's canonical form in key order, read in batches, and the row count. */
export async function tableChecksum(
  end: CopyEnd,
  table: CopyTable,
  batch: number,
): Promise<{ count: number; checksum: string }> {
  const hash = createHash("sha256");
  let count = 0;
  let after: Row[number] = null;
  for (;;) {
    const rows = await end.read(table, after, batch);
    for (const row of rows) hash.update(canonicalRow(row)).update("\n");
    count += rows.length;
    if (rows.length < batch) break;
    after = rows[rows.length - 1]![keyIndex(table)]!;
  }
  return { count, checksum: hash.digest("hex") };
}

export function keyIndex(table: CopyTable): number {
  return table.columns.findIndex((c) => c.name === table.key);
}
