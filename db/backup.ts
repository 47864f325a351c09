import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

/** Copies a live Tally database to `target` with SQLite's online backup API, safe while Tally serves:
 * all pages are copied in one step under one read transaction (WAL lets writers go on meanwhile), so
 * the copy is the database as it was when that step began, with every write committed before it.
 * Written to a temporary name and renamed, so `target` is never a half-written file. */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}.`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // Several steps would restart whenever the server writes in between; one step cannot.
    const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
    const check = checkIntegrity(partial);
    if (check !== "ok") throw new Error(`The backup failed its integrity check: ${check}`);
    fs.renameSync(partial, target);
    return { pages: totalPages };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** "ok", or SQLite's description of the first problems found. */
export function checkIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** Puts a backup in place of the database file. Tally must be stopped first: a running server keeps
 * the old file open. The backup is checked before anything is touched; the current database is kept
 * beside it as FILE.before-restore, and its WAL and shared-memory files are removed so SQLite cannot
 * replay the old log into the restored copy. */
export function restoreDatabase(backup: string, target: string): { keptAs: string | null } {
  if (!fs.existsSync(backup)) throw new Error(`No backup at ${backup}.`);
  const check = checkIntegrity(backup);
  if (check !== "ok") throw new Error(`${backup} failed its integrity check: ${check}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backup, incoming);
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore`;
    // Fold the old WAL into the old file first, so what is kept is complete (if it is a database).
    try {
      const old = new Database(target, { fileMustExist: true });
      try {
        old.pragma("wal_checkpoint(TRUNCATE)");
      } finally {
        old.close();
      }
    } catch {}
    fs.renameSync(target, keptAs);
  }
  fs.rmSync(`${target}-wal`, { force: true });
  fs.rmSync(`${target}-shm`, { force: true });
  fs.renameSync(incoming, target);
  return { keptAs };
}
