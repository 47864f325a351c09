import { parseDatabaseUrl } from "@/lib/database-url";
import { keyIndex, tableChecksum } from "./checksum";
import type { CopyEnd } from "./end";
import { openPgEnd } from "./pg-end";
import { openSqliteEnd } from "./sqlite-end";
import { copyPlan, type CopyTable } from "./tables";

export interface CopyOptions {
  from: string;
  to: string;
  /** Rows a batch (one transaction on the target). */
  batch?: number;
  /** Stop after this many batches, as an interruption would (the tests' way to cut a copy short). */
  maxBatches?: number;
  log?: (line: string) => void;
}

export interface TableReport {
  table: string;
  copied: number;
  source: { count: number; checksum: string };
  target: { count: number; checksum: string };
}

export interface CopyReport {
  from: string;
  to: string;
  /** False when stopped by maxBatches: run again to resume. */
  complete: boolean;
  tables: TableReport[];
  /** Complete, and every table's count and checksum equal on both sides. */
  verified: boolean;
}

// A fetched page is up to 5 MB of HTML: fewer of them a batch keeps a batch's memory bounded.
const BATCH_CAP: Record<string, number> = { fetched_pages: 20 };

async function openEnd(url: string, role: "source" | "target"): Promise<CopyEnd> {
  const target = parseDatabaseUrl(url);
  return target.engine === "sqlite"
    ? openSqliteEnd(target.file, role)
    : openPgEnd(target.url, role);
}

/**
 * Copies every row of every table from one database to another (SQLite ↔ PostgreSQL), parents before
 * children, each table in key order in batches of one transaction each. Resumable: a table resumes
 * after the greatest key the target already holds, so a run cut short (a crash, ^C, `maxBatches`) is
 * finished by running it again. The target must start empty (or hold an interrupted copy of the same
 * source); the verification (count and checksum of every table on both sides) catches anything else.
 * The audit log is only inserted into, which its append-only trigger allows.
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  if (options.from === options.to) throw new Error("--from and --to are the same database");
  const batch = options.batch ?? 500;
  const log = options.log ?? (() => undefined);
  const plan = copyPlan();
  const source = await openEnd(options.from, "source");
  let target: CopyEnd | null = null;
  try {
    target = await openEnd(options.to, "target");
    log(`copying ${source.label} → ${target.label}`);
    let batchesLeft = options.maxBatches ?? Infinity;
    const copied = new Map<string, number>();
    for (const table of plan) {
      const n = await copyTable(
        source,
        target,
        table,
        Math.min(batch, BATCH_CAP[table.name] ?? batch),
        () => batchesLeft-- > 0,
      );
      copied.set(table.name, n.rows);
      if (!n.complete) {
        log(`stopped in ${table.name} after the batch limit: run again to resume`);
        return {
          from: source.label,
          to: target.label,
          complete: false,
          tables: [],
          verified: false,
        };
      }
    }
    await target.finish(plan);
    const tables: TableReport[] = [];
    for (const table of plan) {
      const report = {
        table: table.name,
        copied: copied.get(table.name) ?? 0,
        source: await tableChecksum(source, table, batch),
        target: await tableChecksum(target, table, batch),
      };
      tables.push(report);
      const same =
        report.source.checksum === report.target.checksum &&
        report.source.count === report.target.count;
      log(
        `${same ? "ok      " : "MISMATCH"} ${table.name.padEnd(18)} ${String(report.source.count).padStart(8)} rows` +
          ` (${report.copied} copied now)  ${report.source.checksum.slice(0, 16)}` +
          (same ? "" : ` ≠ ${report.target.count} rows ${report.target.checksum.slice(0, 16)}`),
      );
    }
    const verified = tables.every(
      (t) => t.source.count === t.target.count && t.source.checksum === t.target.checksum,
    );
    return { from: source.label, to: target.label, complete: true, tables, verified };
  } finally {
    await target?.close();
    await source.close();
  }
}

async function copyTable(
  source: CopyEnd,
  target: CopyEnd,
  table: CopyTable,
  batch: number,
  mayRunBatch: () => boolean,
): Promise<{ rows: number; complete: boolean }> {
  let after = await target.lastKey(table);
  let rows = 0;
  for (;;) {
    const chunk = await source.read(table, after, batch);
    if (!chunk.length) return { rows, complete: true };
    if (!mayRunBatch()) return { rows, complete: false };
    await target.insert(table, chunk);
    rows += chunk.length;
    if (chunk.length < batch) return { rows, complete: true };
    after = chunk[chunk.length - 1]![keyIndex(table)]!;
  }
}
