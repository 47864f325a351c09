/** The values a claim allows given its qualifier: "at least 1,144" allows 1,144 and above;
 * "some 54" allows roughly ±10 %. Two claims agree when their intervals overlap. */
export interface Interval {
  lo: number;
  hi: number;
}

export function claimInterval(c: {
  value: number;
  low?: number | null;
  high?: number | null;
  qualifier: string;
}): Interval {
  const v = c.value;
  switch (c.qualifier) {
    case "at_least":
      return { lo: v, hi: Infinity };
    case "more_than":
      return { lo: v + Number.EPSILON, hi: Infinity };
    case "at_most":
    case "up_to":
      return { lo: -Infinity, hi: v };
    case "less_than":
      return { lo: -Infinity, hi: v - Number.EPSILON };
    case "approximately":
      return { lo: v * 0.9, hi: v * 1.1 };
    case "range":
      return { lo: c.low ?? v, hi: c.high ?? v };
    default:
      return { lo: v, hi: v };
  }
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}
