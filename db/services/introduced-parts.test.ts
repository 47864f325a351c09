import { afterAll, describe, expect, test } from "vitest";
import { drainJobs } from "@/db/jobs/worker";
import { importItems } from "@/db/services/import-batch";
import { createTestDb } from "@/tests/test-db";

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Imports one article through the real path and reads back its part suggestions and arithmetic flags. */
function importOne(body: string) {
  const { db, sqlite, close } = createTestDb();
  cleanups.push(close);
  importItems(
    db,
    [
      {
        ok: true,
        label: "a",
        input: { title: "Toll rises", outlet: "Desk", publishedAt: "2024-05-01", body },
      },
    ],
    { actorId: null },
  );
  drainJobs(db);
  const parts = sqlite
    .prepare(
      `SELECT p.value part, t.value total, s.reason FROM link_suggestions s
       JOIN claims p ON p.id = s.claim_id JOIN claims t ON t.id = s.candidate_id
       WHERE s.relation = 'part_of' AND p.value < t.value ORDER BY p.value`,
    )
    .all() as { part: number; total: number; reason: string }[];
  const flags = sqlite
    .prepare(`SELECT message FROM claim_flags WHERE kind = 'arithmetic' AND resolved_at IS NULL`)
    .all() as { message: string }[];
  return { parts, flags: flags.map((f) => f.message) };
}

describe("parts the text introduces are suggested and their sum checked (real import path)", () => {
  test("a list that adds up to more than its total is flagged, saying why", () => {
    const { parts, flags } = importOne(
      "The earthquake killed 90 people in the province, including 40 children and 75 adults, officials said on Monday. Rescue teams were still searching the rubble.",
    );
    expect(parts.map((p) => `${p.part}→${p.total}`)).toEqual(["40→90", "75→90"]);
    expect(parts[0]!.reason).toContain("including");
    expect(flags).toEqual([
      "The figures given as parts (“including …”) add up to more than their total: 40 + 75 = 115, more than the 90 people they are part of ✗",
    ]);
  });

  test("a list that fits its total is suggested and not flagged", () => {
    const { parts, flags } = importOne(
      "Police said 210 people had been arrested after the riots, including 38 teenagers. Prosecutors said 64 of them had been charged.",
    );
    expect(parts.map((p) => `${p.part}→${p.total}`)).toEqual(["38→210", "64→210"]);
    expect(flags).toEqual([]);
  });
});
