import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";

/** The two commands as the README documents them (npm run db:backup -- FILE, npm run db:restore --
 * FILE), run as an operator would, against a migrated database on disk. */
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-backup-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(script: string, arg: string, databaseFile: string): string {
  return execFileSync(tsx, [path.join("scripts", script), arg], {
    env: { ...process.env, DATABASE_FILE: databaseFile },
    encoding: "utf8",
  });
}

const titles = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("select title from articles order by id").pluck().all();
  } finally {
    db.close();
  }
};

it("db:backup copies the live database and db:restore puts that copy back in its place", () => {
  const live = path.join(dir, "tally.db");
  const t = createTestDb({ file: live });
  const insert = t.sqlite.prepare(
    "insert into articles (title, body, body_hash) values (?, 'The toll was 5.', ?)",
  );
  insert.run("Before the backup", "h1");
  const backup = path.join(dir, "backups", "tally-backup.db");
  fs.mkdirSync(path.dirname(backup));
  expect(run("db-backup.ts", backup, live)).toMatch(/integrity check ok/);
  // Written after the backup, while the server still has the database open.
  insert.run("After the backup", "h2");
  t.close();
  expect(titles(live)).toEqual(["Before the backup", "After the backup"]);

  expect(() => run("db-backup.ts", backup, live)).toThrow(/already exists/);
  expect(run("db-restore.ts", backup, live)).toMatch(/kept as .*before-restore/);
  expect(titles(live)).toEqual(["Before the backup"]);
  expect(titles(`${live}.before-restore`)).toEqual(["Before the backup", "After the backup"]);
  const restored = new Database(live, { readonly: true });
  expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
  restored.close();
}, 120_000);
