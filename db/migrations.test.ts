import fs from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/test-db";

let t: TestDb;
afterEach(() => t.close());

it("0005 renames the stored bare-verb audit actions and leaves the log append-only", () => {
  // The log as it stood before 0005, holding the names the app wrote then.
  t = createTestDb({ migrateBefore: "0005_rename_audit_actions" });
  const insert = t.sqlite.prepare(
    "insert into audit_events (at, entity, entity_id, claim_id, action) values (1, 'claim', 1, 1, ?)",
  );
  for (const action of ["verify", "link", "add_note", "claim.decided", "user.created"])
    insert.run(action);
  const sql = fs.readFileSync(
    path.join(process.cwd(), "db/migrations/0005_rename_audit_actions.sql"),
    "utf8",
  );
  for (const statement of sql.split("--> statement-breakpoint")) t.sqlite.exec(statement);
  const actions = t.sqlite.prepare("select action from audit_events order by id").pluck().all();
  expect(actions).toEqual([
    "claim.verified",
    "claim_link.created",
    "note.added",
    "claim.decided",
    "user.created",
  ]);
  expect(() => t.sqlite.exec("update audit_events set action = 'x'")).toThrow(/append-only/);
  expect(() => t.sqlite.exec("delete from audit_events")).toThrow(/append-only/);
});
