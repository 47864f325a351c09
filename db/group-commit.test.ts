import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { openSqlite } from "./index";
import { groupCommitted } from "./group-commit";
import { writeTransaction } from "./write-transaction";

let t: TestDb;
beforeEach(() => {
  t = createTestDb({ onDisk: true });
  t.db.run(sql`create table probe (id integer primary key, label text not null unique)`);
});
afterEach(() => t.close());

const insert = (label: string) => () =>
  writeTransaction(t.db, (tx) => {
    tx.run(sql`insert into probe (label) values (${label})`);
    return label;
  });
const labels = () => t.db.all<{ label: string }>(sql`select label from probe order by id`);

describe("groupCommitted", () => {
  it("commits writes that arrive together in one transaction, in arrival order", async () => {
    const other = openSqlite(t.file);
    const committedRows = () =>
      (other.prepare("select count(*) as n from probe").get() as { n: number }).n;
    let seenByOthersDuringGroup = -1;
    const last = () => {
      seenByOthersDuringGroup = committedRows();
      return insert("c")();
    };
    const results = await Promise.all([
      groupCommitted(t.db, insert("a")),
      groupCommitted(t.db, insert("b")),
      groupCommitted(t.db, last),
    ]);
    expect(results).toEqual(["a", "b", "c"]);
    // a and b were not yet committed when c ran: one transaction, one commit for the three.
    expect(seenByOthersDuringGroup).toBe(0);
    expect(committedRows()).toBe(3);
    expect(labels().map((r) => r.label)).toEqual(["a", "b", "c"]);
    other.close();
  });

  it("rolls back only the write that failed; the others in its group are saved", async () => {
    const partial = () => {
      // Writes, then fails: none of it may stay.
      t.db.run(sql`insert into probe (label) values ('half')`);
      throw new Error("refused");
    };
    const outcomes = await Promise.allSettled([
      groupCommitted(t.db, insert("a")),
      groupCommitted(t.db, partial),
      groupCommitted(t.db, insert("a")), // unique violation: fails alone
      groupCommitted(t.db, insert("b")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(labels().map((r) => r.label)).toEqual(["a", "b"]);
  });

  it("a write queued after a group has committed starts a group of its own", async () => {
    await groupCommitted(t.db, insert("a"));
    await groupCommitted(t.db, insert("b"));
    expect(labels().map((r) => r.label)).toEqual(["a", "b"]);
  });
});
