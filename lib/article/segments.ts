export interface Span {
  id: number;
  start: number;
  end: number;
}

export type Segment = { text: string; claimId: null } | { text: string; claimId: number };

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/** Splits a body into paragraphs (blank-line separated) and each paragraph into plain and
 * highlighted runs. Overlapping spans are clipped so every character is shown exactly once. */
export function segmentBody(body: string, spans: Span[]): Paragraph[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: Paragraph[] = [];
  const pattern = /\n\s*\n/g;
  let start = 0;
  const bounds: [number, number][] = [];
  for (const m of body.matchAll(pattern)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  bounds.push([start, body.length]);

  let cursor = 0; // index into sorted
  for (const [pStart, pEnd] of bounds) {
    if (pEnd <= pStart) continue;
    const segments: Segment[] = [];
    let pos = pStart;
    while (cursor < sorted.length && sorted[cursor]!.end <= pStart) cursor++;
    for (let i = cursor; i < sorted.length && sorted[i]!.start < pEnd; i++) {
      const span = sorted[i]!;
      const s = Math.max(span.start, pos);
      const e = Math.min(span.end, pEnd);
      if (e <= s) continue;
      if (s > pos) segments.push({ text: body.slice(pos, s), claimId: null });
      segments.push({ text: body.slice(s, e), claimId: span.id });
      pos = e;
    }
    if (pos < pEnd) segments.push({ text: body.slice(pos, pEnd), claimId: null });
    paragraphs.push({ start: pStart, segments });
  }
  return paragraphs;
}
