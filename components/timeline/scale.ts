/** Axis scales for the timeline: time on x, value on y (logarithmic when the figures span more than
 * a factor of 20, so 173 and 13,159 are both readable). */
export interface Scale {
  map: (v: number) => number;
  ticks: number[];
}

export function linearScale(min: number, max: number, from: number, to: number, step = 1): Scale {
  const span = max - min || 1;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
  return { map: (v) => from + ((v - min) / span) * (to - from), ticks };
}

export function valueScale(values: number[], from: number, to: number): Scale & { log: boolean } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo > 0 && hi / lo > 20) {
    const a = Math.floor(Math.log10(lo));
    const b = Math.ceil(Math.log10(hi));
    const ticks: number[] = [];
    for (let e = a; e <= b; e++) ticks.push(10 ** e);
    return {
      map: (v) => from + ((Math.log10(v) - a) / (b - a || 1)) * (to - from),
      ticks,
      log: true,
    };
  }
  const top = niceCeil(hi * 1.1);
  const step = top / 5;
  return { ...linearScale(0, top, from, to, step), log: false };
}

function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((c) => c >= v) ?? 10 * p;
}
