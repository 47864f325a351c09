import { describe, expect, it } from "vitest";
import { segmentBody } from "./segments";

const join = (ps: ReturnType<typeof segmentBody>) =>
  ps.map((p) => p.segments.map((s) => s.text).join("")).join("\n\n");

describe("segmentBody", () => {
  it("highlights spans and keeps every character once", () => {
    const body = "At least 841 civilians died.\n\nOver 98% of the area.";
    const ps = segmentBody(body, [
      { id: 1, start: 0, end: 22 },
      { id: 2, start: 30, end: 51 },
    ]);
    expect(ps).toHaveLength(2);
    expect(ps[0]!.segments[0]).toEqual({ text: "At least 841 civilians", claimId: 1 });
    expect(ps[1]!.segments[0]).toEqual({ text: "Over 98% of the area.", claimId: 2 });
    expect(join(ps)).toBe(body);
  });
  it("clips overlapping spans instead of repeating text", () => {
    const body = "between 200 and 300 people";
    const ps = segmentBody(body, [
      { id: 1, start: 0, end: 19 },
      { id: 2, start: 16, end: 26 },
    ]);
    expect(join(ps)).toBe(body);
    expect(ps[0]!.segments.map((s) => s.claimId)).toEqual([1, 2]);
  });
});
