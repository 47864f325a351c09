import type { ClaimProfile } from "@/lib/suggest/profile";
import { MIN_SCORE, scorePair } from "@/lib/suggest/score";
import type { SuggestedRelation } from "@/lib/suggest/types";

/** A figure as the alert check sees it: its reading for the same-quantity matcher, and its stated range. */
export interface Figure {
  profile: ClaimProfile;
  /** The ends of a stated range ("between 40 and 50"); null for a single value. */
  low: number | null;
  high: number | null;
}

export interface Departure {
  claimId: number;
  watchedClaimId: number;
  relation: SuggestedRelation;
  score: number;
  reason: string;
}

/**
 * The values a figure allows. A range allows its ends and all between; a single value allows itself,
 * widened by its rounding when it is given as approximate ("about 1,400" allows 1,350 to 1,450, so a
 * checked 1,370 is not contradicted by it). "At least" and "more than" are how a source states its own
 * count, not a claim that any larger count is the same figure: a later "1,500" after a checked "at least
 * 1,370" is exactly what the desk wants to hear about, so these qualifiers do not widen.
 */
export function allowedRange(f: Figure): [number, number] {
  const { value, qualifier } = f.profile.claim;
  if (f.low !== null && f.high !== null) return [Math.min(f.low, f.high), Math.max(f.low, f.high)];
  if (qualifier !== "approximately") return [value, value];
  const half = roundingOf(value) / 2;
  return [value - half, value + half];
}

/** The place of a value's last significant digit: 1,400 → 100, 1,370 → 10, 2.5 → 0.1. */
export function roundingOf(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  if (Number.isInteger(v)) {
    let step = 1;
    // Bounded: a double has at most 308 decimal digits.
    for (let i = 0; i < 308 && v % (step * 10) === 0; i++) step *= 10;
    return step;
  }
  const decimals = Math.min(12, (String(v).split(".")[1] ?? "").length);
  return 10 ** -decimals;
}

/** True when no value both figures allow is the same (a relative tolerance absorbs float noise). */
export function departs(watched: Figure, fresh: Figure): boolean {
  const [wLow, wHigh] = allowedRange(watched);
  const [fLow, fHigh] = allowedRange(fresh);
  const eps = 1e-9 * Math.max(1, Math.abs(wLow), Math.abs(wHigh));
  return fHigh < wLow - eps || fLow > wHigh + eps;
}

/**
 * The alerts a new article raises. Each of its figures is compared with the watched figures of other
 * articles that measure the same quantity (the suggestion scorer's same-quantity test, at its threshold):
 * when one of them allows its value (the desk has checked this value already, an earlier or a later
 * count), it raises nothing; otherwise it raises one alert, against the watched figure it matches best
 * (the newest of equals), not one per watched figure of the quantity's history. A figure repeated in the
 * article (headline, lead, quote) raises one alert.
 */
export function findDepartures(fresh: Figure[], watched: Figure[]): Departure[] {
  const best = new Map<number, { departure: Departure; years: number }>();
  const agreed = new Set<number>();
  for (const f of fresh) {
    const value = f.profile.claim.value;
    if (agreed.has(value)) continue;
    let pick: { departure: Departure; years: number } | undefined;
    for (const w of watched) {
      if (w.profile.claim.articleId === f.profile.claim.articleId) continue;
      const scored = scorePair(w.profile, f.profile);
      if (!scored || scored.score < MIN_SCORE) continue;
      if (!departs(w, f)) {
        pick = undefined;
        agreed.add(value);
        break;
      }
      const years = w.profile.years ?? -Infinity;
      if (
        pick &&
        (pick.departure.score > scored.score ||
          (pick.departure.score === scored.score && pick.years >= years))
      )
        continue;
      pick = {
        years,
        departure: {
          claimId: f.profile.claim.id,
          watchedClaimId: w.profile.claim.id,
          // Different values are never "the same figure"; the scorer's relation says which of the other two.
          relation: scored.relation === "same_figure" ? "updates" : scored.relation,
          score: scored.score,
          reason: scored.reason,
        },
      };
    }
    const kept = best.get(value);
    if (pick && (!kept || kept.departure.score < pick.departure.score)) best.set(value, pick);
  }
  return [...best].filter(([value]) => !agreed.has(value)).map(([, { departure }]) => departure);
}
