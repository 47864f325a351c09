import { describe, expect, it } from "vitest";
import { detectClaims } from "@/lib/claims";
import { quoteContext } from "@/lib/claims/context";
import { planReimport, type ExistingClaim } from "./reimport-plan";

const OLD =
  "Officials said 4,200 families fled. Repairs cost $12 million. Some 300 schools closed.";

function stored(id: number, text: string, extra: Partial<ExistingClaim> = {}): ExistingClaim {
  const d = detectClaims(OLD).find((c) => c.quote.includes(text))!;
  return {
    id,
    start: d.start,
    end: d.end,
    numberStart: d.numberStart,
    numberEnd: d.numberEnd,
    sentenceStart: d.sentenceStart,
    sentenceEnd: d.sentenceEnd,
    ...quoteContext(OLD, d.start, d.end),
    value: d.value,
    origin: "auto",
    hasWork: false,
    deleted: false,
    orphaned: false,
    ...extra,
  };
}

describe("planReimport", () => {
  const NEW = `Update: the rain has stopped. ${OLD.replace("Some 300 schools closed.", "Schools reopened.")}`;
  const detected = detectClaims(NEW);

  it("moves claims with work to their new place and orphans those whose quote is gone", () => {
    const plan = planReimport(
      [stored(1, "4,200", { hasWork: true }), stored(3, "300", { hasWork: true })],
      NEW,
      detected,
    );
    expect(plan.move.map((m) => m.id)).toEqual([1]);
    const move = plan.move[0]!;
    expect(NEW.slice(move.start, move.end)).toContain("4,200");
    expect(NEW.slice(move.numberStart, move.numberEnd)).toBe("4,200");
    expect(plan.orphan).toEqual([3]);
    // The 4,200 detection is not inserted again over the reviewed claim; $12 million is new.
    expect(plan.insert.map((d) => d.quote).join(" | ")).not.toContain("4,200");
  });

  it("refreshes untouched claims in place and removes those the new text lacks", () => {
    const plan = planReimport([stored(2, "12 million"), stored(3, "300")], NEW, detected);
    expect(plan.refresh.map((r) => r.id)).toEqual([2]);
    expect(plan.remove).toEqual([3]);
    expect(plan.move).toEqual([]);
  });

  it("keeps rejected and manual claims, and never re-inserts a rejected detection", () => {
    const plan = planReimport(
      [stored(1, "4,200", { deleted: true }), stored(2, "12 million", { origin: "manual" })],
      NEW,
      detected,
    );
    expect(plan.move.map((m) => m.id).sort()).toEqual([1, 2]);
    expect(plan.insert.map((d) => d.quote).join(" | ")).not.toMatch(/4,200|12 million/);
    expect(plan.remove).toEqual([]);
  });

  it("clears the orphan flag of a claim that is found again", () => {
    const plan = planReimport(
      [stored(1, "4,200", { hasWork: true, orphaned: true })],
      NEW,
      detected,
    );
    expect(plan.move[0]).toMatchObject({ id: 1, found: true });
    expect(plan.orphan).toEqual([]);
  });
});
