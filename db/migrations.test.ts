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

it("0016 marks the URLs that earlier imports took from a link line above the text", () => {
  t = createTestDb({ migrateBefore: "0016_article_url_from_text" });
  const insert = t.sqlite.prepare(
    "insert into articles (title, url, body, body_hash, removed_json) values (?, ?, 'b', ?, ?)",
  );
  const header = (text: string) => JSON.stringify([{ start: 0, text, rule: "header link" }]);
  insert.run("from its text", "https://a.example/1", "h1", header("https://a.example/1"));
  insert.run("in angle brackets", "https://a.example/2", "h2", header(" <https://a.example/2>"));
  insert.run("from the field", "https://a.example/3", "h3", "[]");
  insert.run("another link removed", "https://a.example/4", "h4", header("https://else.example"));
  insert.run("no URL", null, "h5", header("https://a.example/5"));
  const sql = fs.readFileSync(
    path.join(process.cwd(), "db/migrations/0016_article_url_from_text.sql"),
    "utf8",
  );
  for (const statement of sql.split("--> statement-breakpoint")) t.sqlite.exec(statement);
  const rows = t.sqlite.prepare("select title, url_from_text from articles order by id").all();
  expect(rows).toEqual([
    { title: "from its text", url_from_text: 1 },
    { title: "in angle brackets", url_from_text: 1 },
    { title: "from the field", url_from_text: 0 },
    { title: "another link removed", url_from_text: 0 },
    { title: "no URL", url_from_text: 0 },
  ]);
});
