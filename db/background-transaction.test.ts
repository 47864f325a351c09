import { afterEach, describe, expect, it } from "vitest";
import { backgroundTransaction } from "./background-transaction";
import { createTestDb, type TestDb } from "@/tests/test-db";

let t: TestDb;
afterEach(() => t.close());

const level = () => t.sqlite.pragma("synchronous", { simple: true });

describe("backgroundTransaction", () => {
  it("commits with synchronous = NORMAL and puts FULL back, also when the work throws", () => {
    t = createTestDb({ onDisk: true });
    t.sqlite.exec("CREATE TABLE seen (level INTEGER NOT NULL)");
    expect(level()).toBe(2);
    backgroundTransaction(t.db, () => {
      t.sqlite.prepare("INSERT INTO seen VALUES (?)").run(level());
    });
    expect(t.sqlite.prepare("SELECT level FROM seen").pluck().get()).toBe(1);
    expect(level()).toBe(2);
    expect(() =>
      backgroundTransaction(t.db, () => {
        t.sqlite.prepare("INSERT INTO seen VALUES (9)").run();
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(level()).toBe(2);
    expect(t.sqlite.prepare("SELECT count(*) FROM seen").pluck().get()).toBe(1);
  });

  it("inside an open transaction runs as a savepoint of it, leaving the setting alone", () => {
    t = createTestDb({ onDisk: true });
    t.sqlite.exec("CREATE TABLE seen (level INTEGER NOT NULL)");
    t.sqlite.transaction(() => {
      backgroundTransaction(t.db, () => {
        t.sqlite.prepare("INSERT INTO seen VALUES (?)").run(level());
      });
    })();
    expect(t.sqlite.prepare("SELECT level FROM seen").pluck().get()).toBe(2);
  });
});
