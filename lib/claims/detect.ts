import type { DetectedClaim } from "./types";

// Placeholder until the full detector lands (issue 3): plain digit groups, skipping years.
const NUMBER = /(?<![\w.\/:-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)(?![\w\/:-])/g;

export function detectClaims(text: string): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1]!;
    const value = Number(raw.replace(/,/g, ""));
    if (/^(19|20)\d\d$/.test(raw) || /^0\d+$/.test(raw) || raw.length > 5 && !raw.includes(",")) continue;
    const start = m.index!;
    const end = start + m[0].length;
    claims.push({
      start, end, numberStart: start, numberEnd: start + raw.length,
      sentenceStart: 0, sentenceEnd: text.length, quote: m[0], value,
      low: null, high: null, kind: m[2] ? "percent" : "count", unit: m[2] ? "%" : null,
      currency: null, counted: null, qualifier: "exact", period: null,
    });
  }
  return claims;
}
