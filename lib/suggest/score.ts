import type { ClaimProfile } from "./profile";
import type { SuggestedRelation } from "./types";
import { formatNumber } from "./format-number";

/** Below this a candidate is not worth a checker's look. Tuned on the seed articles against
 * lib/suggest/fixtures/seed-links.json (see suggest.test.ts for the measured precision/recall). */
export const MIN_SCORE = 0.6;
/** Candidates are looked up within this factor of the value either way (an index range). */
export const VALUE_WINDOW = 25;

export interface PairScore {
  score: number;
  relation: SuggestedRelation;
  reason: string;
}

/** How likely `b` measures the same quantity as `a`, which relation links them, and why. Null when
 * they cannot be the same quantity (different kind, unit or counted thing). */
export function scorePair(a: ClaimProfile, b: ClaimProfile): PairScore | null {
  if (a.claim.kind !== b.claim.kind || (a.claim.unit ?? null) !== (b.claim.unit ?? null))
    return null;
  const ratio =
    Math.max(a.claim.value, b.claim.value) / Math.max(1e-9, Math.min(a.claim.value, b.claim.value));
  if (!(ratio <= VALUE_WINDOW * 1.0001)) return null;

  let countedScore: number;
  if (a.counted && b.counted) {
    if (a.head !== b.head) return null;
    countedScore =
      a.counted === b.counted || a.counted.replace(/s$/, "") === b.counted.replace(/s$/, "")
        ? 1
        : 0.7;
  } else countedScore = 0.2;

  const shared: string[] = [];
  for (const [stem, word] of a.words) if (b.words.has(stem) && stem !== a.head) shared.push(word);
  const wordScore = Math.min(shared.length, 5) / 5;

  const dy = a.years !== null && b.years !== null ? Math.abs(a.years - b.years) : null;
  const dateScore = dy === null ? 0.4 : 1 / (1 + dy / 3);
  const valueScore = Math.max(0, 1 - Math.log10(ratio));
  const placesDiffer = a.places.size > 0 && b.places.size > 0 && !sameSet(a.places, b.places);
  const score =
    (0.3 * countedScore + 0.45 * wordScore + 0.1 * dateScore + 0.15 * valueScore) *
    (placesDiffer ? 0.7 : 1) *
    (a.narrowed || b.narrowed ? 0.8 : 1);

  const rounded = Math.round(score * 1000) / 1000;
  // Building the explanation costs more than the score: only for pairs worth showing.
  const reason = rounded >= MIN_SCORE ? reasonFor(a, b, shared) : "";
  return { score: rounded, relation: relationFor(a, b, dy), reason };
}

function sameSet(x: Set<string>, y: Set<string>): boolean {
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function relationFor(a: ClaimProfile, b: ClaimProfile, dy: number | null): SuggestedRelation {
  if (a.claim.value === b.claim.value) return "same_figure";
  const kinds = new Set([a.source.kind, b.source.kind]);
  if (kinds.has("official") && kinds.has("monitor")) return "contradicts";
  // A cumulative figure from the same kind of source, a couple of months or more apart (or with a date
  // unknown), is most likely a later count; at the same time it disagrees.
  if (dy === null || dy > 0.15) return "updates";
  return "contradicts";
}

function yearLabel(p: ClaimProfile): string {
  if (!p.claim.date.date) return "undated";
  return (p.claim.date.inferred ? "≈" : "") + p.claim.date.date.slice(0, 4);
}

function reasonFor(a: ClaimProfile, b: ClaimProfile, shared: string[]): string {
  const parts: string[] = [];
  if (a.counted && b.counted) parts.push(`same counted thing '${b.counted}'`);
  else
    parts.push(
      `counted thing ${a.counted ? `'${a.counted}'` : "unstated"} / ${b.counted ? `'${b.counted}'` : "unstated"}`,
    );
  if (shared.length) parts.push(`shared words ${shared.slice(0, 5).join("/")}`);
  if (
    a.source.kind !== b.source.kind &&
    a.source.kind !== "unknown" &&
    b.source.kind !== "unknown"
  ) {
    parts.push(`${a.source.name.toLowerCase()} vs ${b.source.name}`);
  }
  if (a.places.size && b.places.size && !sameSet(a.places, b.places)) {
    parts.push(`places differ (${[...a.places].join("+")} vs ${[...b.places].join("+")})`);
  }
  if (a.narrowed || b.narrowed) parts.push("another figure in the sentence narrows it");
  parts.push(`${yearLabel(a)} → ${yearLabel(b)}`);
  if (a.claim.value !== b.claim.value)
    parts.push(`${formatNumber(a.claim.value)} vs ${formatNumber(b.claim.value)}`);
  return parts.join(", ");
}
