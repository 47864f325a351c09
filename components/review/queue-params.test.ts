import { describe, expect, it } from "vitest";
import { activeFilterCount, parseQueueParams, queueHref, toQueueQuery } from "./queue-params";

describe("queue address parameters", () => {
  it("reads filters and a cursor", () => {
    const params = parseQueueParams({
      order: "oldest",
      outlet: "Reuters",
      by: "3",
      assignee: "none",
      age: "7d+",
      contra: "1",
      after: "1700000000000.42",
    });
    const q = toQueueQuery(params);
    expect(q).toMatchObject({
      order: "oldest",
      after: { at: 1700000000000, id: 42 },
      filters: {
        outlet: "Reuters",
        disputedBy: 3,
        assignee: "none",
        minAgeMs: 7 * 86_400_000,
        contradicted: true,
      },
    });
    expect(q.filters.maxAgeMs).toBeUndefined();
  });

  it("drops malformed values instead of failing the page", () => {
    const q = toQueueQuery(
      parseQueueParams({
        order: "sideways",
        by: "abc",
        after: "1;drop",
        age: "forever",
        article: ["5", "6"],
      }),
    );
    expect(q).toMatchObject({
      order: "newest",
      after: undefined,
      filters: { disputedBy: undefined, articleId: 5, contradicted: false },
    });
  });

  it("builds addresses that keep filters and drop the cursor unless given", () => {
    const params = parseQueueParams({ outlet: "AP", contra: "1", after: "1.2" });
    expect(queueHref(params, {})).toBe("/review?outlet=AP&contra=1");
    expect(queueHref(params, { before: "5.6" })).toBe("/review?outlet=AP&contra=1&before=5.6");
  });

  it("counts the filters that narrow the queue, not the order or the page", () => {
    expect(activeFilterCount(parseQueueParams({ order: "oldest", after: "1700000000000.5" }))).toBe(
      0,
    );
    expect(activeFilterCount(parseQueueParams({ outlet: "Daily", age: "7d+", contra: "1" }))).toBe(
      3,
    );
    expect(activeFilterCount(parseQueueParams({ assignee: "none", by: "oops" }))).toBe(1);
  });
});
