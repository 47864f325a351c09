import type { ClaimProfile } from "./profile";

/**
 * Figures the text itself introduces as parts of a total: "17 people died, including 6 children and 11
 * adults", "210 were arrested … 64 of them had been charged", "64 cases … Of those, 52 were in
 * children", "among them", "of whom". Read from the words between the figures of a sentence (and, for a
 * sentence that opens with "Of those", from the sentence before), so the parts need not add up to be
 * found, and a list that adds up to more than its total can be flagged.
 */
export interface IntroducedParts {
  total: ClaimProfile;
  parts: ClaimProfile[];
  /** The words that introduce them ("including", "of them"). */
  cue: string;
}

/** Before a part, at most a few words before it: "…, including 6 children", "… among them 3 …", "… of
 * whom 12 …", "including some 40". */
const CUE_BEFORE =
  /\b(including|among them|among whom|among those|of whom|of which|of them|of those|of these)(?:\s{1,3}[\w'’-]{1,20}){0,2}\s{1,3}$/i;
/** Between two parts of one list: ", " or " and " after the first part's noun, not another clause. */
const LIST_GAP =
  /^(?:\s{0,3}[\w'’-]{1,20}){0,4}\s{0,3}(?:,|and|,\s{1,3}and)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,1}$/i;
/** After a part: "64 of them had been charged". */
const CUE_AFTER = /^\s{0,3}(?:of|among) (them|those|these|whom)\b/i;
/** A sentence about the figure of the sentence before: "Of those, 52 were in children". */
const OPENS_ON_PREVIOUS = /^\W{0,3}(?:of|among) (?:them|those|these)\b/i;
/** "up from 41", "more than the 2,400": the earlier or compared value, not the sentence's figure. */
const COMPARED = /\b(?:from|than|versus|vs\.?)\s{1,3}(?:the\s)?$/i;

interface Placed {
  p: ClaimProfile;
  start: number;
  end: number;
}

function numberStart(p: ClaimProfile): number {
  const end = p.claim.numberEndInSentence;
  const numeral = /[\w,.-]*$/.exec(p.claim.sentence.slice(0, end))?.[0] ?? "";
  return end - numeral.length;
}

/** One figure per position (a claim can be stored twice for one numeral only by mistake). */
function placed(group: ClaimProfile[]): Placed[] {
  const byStart = new Map<number, Placed>();
  for (const p of group) {
    const start = numberStart(p);
    if (!byStart.has(start)) byStart.set(start, { p, start, end: p.claim.numberEndInSentence });
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function singular(s: string | null): string | null {
  return s ? s.toLowerCase().replace(/s$/, "") : null;
}

/** "children under 18", "people aged 65": an age, not a count. */
const AGE_BEFORE = /\b(?:under|over|aged|age|ages|above|below)\s{1,3}$/i;

/** Can `part` be a part of `total`: the same kind and unit, and not a parallel total of the same thing. */
function fits(part: ClaimProfile, total: ClaimProfile): boolean {
  if (part.claim.kind !== total.claim.kind || part.claim.unit !== total.claim.unit) return false;
  if (part.claim.kind !== "count" || part.claim.value <= 0 || total.claim.value <= 0) return false;
  if (part.vague || total.vague) return false;
  if (AGE_BEFORE.test(part.claim.sentence.slice(0, numberStart(part)))) return false;
  // "976 civilians, including 194 children, …, and 1,856 civilians": the second civilians is another total.
  const a = singular(part.counted);
  return !(a !== null && a === singular(total.counted));
}

/** The figure a sentence is about: the first one that is not given as a compared value. */
function mainFigure(figures: Placed[]): Placed | null {
  return (
    figures.find((f) => !COMPARED.test(f.p.claim.sentence.slice(0, f.start))) ?? figures[0] ?? null
  );
}

export function findIntroducedParts(profiles: ClaimProfile[]): IntroducedParts[] {
  const bySentence = new Map<string, ClaimProfile[]>();
  for (const p of profiles) {
    const key = `${p.claim.articleId}\u0000${p.claim.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), p]);
  }
  const found = new Map<ClaimProfile, IntroducedParts>();
  const add = (total: ClaimProfile, part: ClaimProfile, cue: string) => {
    if (!fits(part, total) || part === total) return;
    const entry = found.get(total) ?? { total, parts: [], cue: cue.toLowerCase() };
    if (!entry.parts.includes(part)) entry.parts.push(part);
    found.set(total, entry);
  };

  for (const group of bySentence.values()) {
    const figures = placed(group);
    const sentence = figures[0]!.p.claim.sentence;
    // "Of those, 52 were in children": the parts of the previous sentence's figure.
    if (OPENS_ON_PREVIOUS.test(sentence)) {
      const first = figures[0]!.p;
      const previousText = lastSentence(first.claim.before);
      const previous = bySentence.get(`${first.claim.articleId}\u0000${previousText}`);
      const total = previous ? mainFigure(placed(previous)) : null;
      const cue = /^\W{0,3}((?:of|among) \w+)/i.exec(sentence)?.[1] ?? "of those";
      if (total) for (const f of figures) add(total.p, f.p, cue);
      continue;
    }
    let total: Placed | null = null;
    let listed = new Set<Placed>();
    let cue = "";
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      const previousFigure = figures[i - 1];
      const gap = sentence.slice(previousFigure?.end ?? 0, f.start);
      if (gap.includes(";")) total = null;
      const opened = previousFigure ? CUE_BEFORE.exec(gap) : null;
      // The total is the figure just before the cue, unless that one is a part of the list being read.
      if (opened && previousFigure && !(total && listed.has(previousFigure))) {
        total = previousFigure;
        listed = new Set();
      }
      if (opened) cue = opened[1]!;
      const continues = opened || (total !== null && LIST_GAP.test(gap));
      if (total && continues && fits(f.p, total.p)) {
        add(total.p, f.p, cue);
        listed.add(f);
        continue;
      }
      // Not a part: the list (if any) ends here, and this figure may open a list of its own.
      total = null;
      const own = CUE_AFTER.exec(sentence.slice(f.end, figures[i + 1]?.start ?? sentence.length));
      if (own) {
        // "64 of them": a part of the sentence's earlier figure, or of the sentence before's.
        const previous = bySentence.get(
          `${f.p.claim.articleId}\u0000${lastSentence(f.p.claim.before)}`,
        );
        const target =
          mainFigure(figures.slice(0, i)) ?? (previous ? mainFigure(placed(previous)) : null);
        if (target) add(target.p, f.p, `of ${own[1]!.toLowerCase()}`);
      }
    }
  }
  return [...found.values()];
}

function lastSentence(text: string): string {
  return (
    text
      .split(/(?<=[.!?])\s+/)
      .filter(Boolean)
      .pop() ?? ""
  ).trim();
}
