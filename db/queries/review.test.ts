import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateClaimsDb, type GeneratedDb } from "@/bench/generate-claims";
import {
  countClaimsByStatus,
  countDisputedClaims,
  hasQueueFilter,
  listDisputedClaims,
  queueQuery,
  type QueueFilters,
  type QueueRow,
} from "./review";

let g: GeneratedDb;
beforeAll(() => {
  g = generateClaimsDb({
    claims: 4000,
    seed: 7,
    mix: { verified: 0.2, disputed: 0.15, decided: 0.1 },
  });
  // Ties on status_at must not lose or repeat rows across pages: give a run of disputes the same instant.
  g.sqlite
    .prepare(
      "update claims set status_at = 1700000000000 where id in (select id from claims where status = 'disputed' order by id limit 30)",
    )
    .run();
});
afterAll(() => g.cleanup());

function plan(filters: QueueFilters, withCursor: boolean): string[] {
  const q = queueQuery(g.db, {
    order: "newest",
    filters,
    limit: 20,
    now: g.now,
    after: withCursor ? { at: g.now - 86_400_000, id: 500 } : undefined,
  }).toSQL();
  return (
    g.sqlite.prepare(`explain query plan ${q.sql}`).all(...q.params) as {
      detail: string;
    }[]
  ).map((r) => r.detail);
}

function walk(order: "newest" | "oldest", filters: QueueFilters, limit: number): QueueRow[] {
  const all: QueueRow[] = [];
  let after: { at: number; id: number } | undefined;
  for (;;) {
    const { rows, hasNext } = listDisputedClaims(g.db, {
      order,
      filters,
      after,
      limit,
      now: g.now,
    });
    all.push(...rows);
    if (!hasNext) return all;
    const last = rows.at(-1)!;
    after = { at: last.disputedAt, id: last.id };
  }
}

describe("the disputed-claims queue", () => {
  const FILTERS: [string, QueueFilters][] = [
    ["no filter", {}],
    ["contradicted", { contradicted: true }],
    ["outlet", { outlet: "Reuters" }],
    ["article", { articleId: 3 }],
    [
      "disputer, unassigned, age",
      { disputedBy: 1, assignee: "none", minAgeMs: 86_400_000, maxAgeMs: 30 * 86_400_000 },
    ],
  ];
  for (const [name, filters] of FILTERS) {
    it(`reads claims through claims_status_at, never a full scan (${name})`, () => {
      for (const withCursor of [false, true]) {
        const lines = plan(filters, withCursor);
        expect(
          lines.some((l) =>
            /^SEARCH claims USING (COVERING )?INDEX claims_status_at \(status=\?/.test(l),
          ),
          lines.join(" | "),
        ).toBe(true);
        expect(
          lines.filter((l) => /^SCAN claims\b/.test(l)),
          lines.join(" | "),
        ).toEqual([]);
        expect(
          lines.some((l) => l.includes("TEMP B-TREE")),
          "no sort step: the index gives the order",
        ).toBe(false);
      }
    });
  }

  it("pages through every disputed claim once, in (statusAt, id) order, ties included", () => {
    const expected = g.sqlite
      .prepare(
        "select id from claims where status = 'disputed' and deleted_at is null order by status_at desc, id desc",
      )
      .all()
      .map((r) => (r as { id: number }).id);
    expect(expected.length).toBeGreaterThan(400);
    expect(walk("newest", {}, 7).map((r) => r.id)).toEqual(expected);
    expect(walk("oldest", {}, 13).map((r) => r.id)).toEqual([...expected].reverse());
  });

  it("pages backwards to the same rows", () => {
    const first = listDisputedClaims(g.db, { order: "newest", filters: {}, limit: 10, now: g.now });
    const last = first.rows.at(-1)!;
    const second = listDisputedClaims(g.db, {
      order: "newest",
      filters: {},
      limit: 10,
      now: g.now,
      after: { at: last.disputedAt, id: last.id },
    });
    const head = second.rows[0]!;
    const back = listDisputedClaims(g.db, {
      order: "newest",
      filters: {},
      limit: 10,
      now: g.now,
      before: { at: head.disputedAt, id: head.id },
    });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.hasPrevious).toBe(false);
  });

  it("filters to claims with a contradicting source or link, and cuts out the sentence", () => {
    const rows = walk("newest", { contradicted: true }, 50);
    const expected = g.sqlite
      .prepare(
        `select count(*) n from claims c where c.status = 'disputed' and c.deleted_at is null and (
           exists (select 1 from claim_sources s where s.claim_id = c.id and s.stance = 'contradicts')
           or exists (select 1 from claim_links l where (l.from_claim_id = c.id or l.to_claim_id = c.id) and l.relation = 'contradicts'))`,
      )
      .get() as { n: number };
    expect(rows.length).toBe(expected.n);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.slice(0, 20))
      expect(row.sentence.slice(row.quoteStart, row.quoteEnd)).toBe(row.quote);
  });

  it("applies the age window to the dispute time", () => {
    const day = 86_400_000;
    const rows = walk("oldest", { minAgeMs: 7 * day, maxAgeMs: 30 * day }, 100);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.disputedAt).toBeLessThanOrEqual(g.now - 7 * day);
      expect(row.disputedAt).toBeGreaterThanOrEqual(g.now - 30 * day);
    }
  });

  it("counts live claims per status from an index alone", () => {
    const counts = countClaimsByStatus(g.db);
    expect(counts.unchecked + counts.verified + counts.disputed + counts.decided).toBe(4000);
    const lines = (
      g.sqlite
        .prepare(
          "explain query plan select status, count(*) from claims where deleted_at is null group by status",
        )
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(lines.join(" | ")).toContain("COVERING INDEX claims_status_deleted");
  });

  it("counts the disputes a filter lets through, as many as its pages hold", () => {
    const all = countDisputedClaims(g.db, { filters: {}, now: g.now });
    expect(all).toBe(countClaimsByStatus(g.db).disputed);
    const filters: QueueFilters = { contradicted: true };
    const some = countDisputedClaims(g.db, { filters, now: g.now });
    expect(some).toBe(walk("newest", filters, 50).length);
    expect(some).toBeLessThan(all);
    expect(hasQueueFilter({})).toBe(false);
    expect(hasQueueFilter({ contradicted: false })).toBe(false);
    expect(hasQueueFilter(filters)).toBe(true);
  });
});
