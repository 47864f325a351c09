import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, insertTestUsers } from "@/tests/test-db";
import { findPeople, searchUsers } from "./users";

const t = createTestDb();
insertTestUsers(t.db);
afterAll(() => t.close());

describe("searchUsers", () => {
  it("pages through every user by email, none lost or repeated", () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { rows, hasNext } = searchUsers(t.db, { after, limit: 2 });
      seen.push(...rows.map((r) => r.email));
      if (!hasNext) break;
      after = rows.at(-1)!.email;
    }
    expect(seen).toEqual(["admin@test.test", "checker@test.test", "editor@test.test"]);
    const back = searchUsers(t.db, { before: "editor@test.test", limit: 2 });
    expect(back.rows.map((r) => r.email)).toEqual(["admin@test.test", "checker@test.test"]);
    expect(back).toMatchObject({ hasPrevious: false, hasNext: true });
  });

  it("finds users by a part of their name or email, case-insensitively", () => {
    expect(searchUsers(t.db, { query: "eddie", limit: 10 }).rows.map((r) => r.name)).toEqual([
      "Eddie Editor",
    ]);
    expect(searchUsers(t.db, { query: "CHECKER@", limit: 10 }).rows).toHaveLength(1);
    expect(searchUsers(t.db, { query: "nobody", limit: 10 }).rows).toEqual([]);
    expect(searchUsers(t.db, { query: "100%", limit: 10 }).rows).toEqual([]);
  });
});

describe("findPeople", () => {
  it("finds active users by a part of their name or email, by name, within the limit", () => {
    expect(findPeople(t.db, { query: "", limit: 2 }).map((p) => p.name)).toEqual([
      "Ada Admin",
      "Cleo Checker",
    ]);
    expect(findPeople(t.db, { query: "edit", limit: 10 }).map((p) => p.name)).toEqual([
      "Eddie Editor",
    ]);
    expect(findPeople(t.db, { query: "_", limit: 10 })).toEqual([]);
    expect(
      findPeople(t.db, { query: "", limit: 10, roles: ["checker", "editor"] }).map((p) => p.name),
    ).toEqual(["Cleo Checker", "Eddie Editor"]);
  });
});
