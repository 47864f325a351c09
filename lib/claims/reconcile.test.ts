import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import { reconcileDetections, type StoredClaim } from "./reconcile";

const text =
  "At least 841 civilians died and 116 reports were filed; 7.7 million people were freed.";
const detected = detectClaims(text);
const at = (n: string) => text.indexOf(n);

function stored(id: number, number: string, overrides: Partial<StoredClaim> = {}): StoredClaim {
  const start = at(number);
  return {
    id,
    start,
    end: start + number.length,
    numberStart: start,
    value: 0,
    origin: "auto",
    hasWork: false,
    deleted: false,
    ...overrides,
  };
}

describe("reconcileDetections", () => {
  it("inserts everything on first detection", () => {
    const result = reconcileDetections([], detected);
    expect(result.insert).toHaveLength(3);
    expect(result.refresh).toEqual([]);
    expect(result.vanished).toEqual([]);
  });

  it("refreshes matching auto claims without work and keeps those with work untouched", () => {
    const result = reconcileDetections(
      [stored(1, "841"), stored(2, "116", { hasWork: true })],
      detected,
    );
    expect(result.refresh.map((r) => r.id)).toEqual([1]);
    expect(result.refresh[0]?.detected.value).toBe(841);
    expect(result.insert.map((d) => d.value)).toEqual([7.7e6]);
    expect(result.vanished).toEqual([]);
  });

  it("never re-inserts a rejected (soft-deleted) claim", () => {
    const result = reconcileDetections([stored(3, "841", { deleted: true })], detected);
    expect(result.insert.map((d) => d.value)).toEqual([116, 7.7e6]);
    expect(result.refresh).toEqual([]);
    expect(result.vanished).toEqual([]);
  });

  it("reports auto claims that no longer match as vanished, but never manual ones", () => {
    const gone = {
      id: 4,
      start: 500,
      end: 503,
      numberStart: 500,
      value: 9,
      origin: "auto" as const,
      hasWork: true,
      deleted: false,
    };
    const manual = { ...gone, id: 5, origin: "manual" as const };
    const rejected = { ...gone, id: 6, deleted: true };
    const result = reconcileDetections([gone, manual, rejected], detected);
    expect(result.vanished).toEqual([4]);
    expect(result.insert).toHaveLength(3);
  });

  it("keeps a manual claim on the same number and does not duplicate it", () => {
    const result = reconcileDetections([stored(7, "841", { origin: "manual" })], detected);
    expect(result.insert.map((d) => d.value)).toEqual([116, 7.7e6]);
    expect(result.refresh).toEqual([]);
  });
});
