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
 * The alerts a new article raises: each of its figures that measures the same quantity as a watched
 * figure of another article (the suggestion scorer's same-quantity test, at its threshold) with a value
 * outside the watched one's range. A figure repeated in either article (headline, lead, quote) raises one
 * alert per pair of values, on the best-matching pair of claims.
 */
export function findDepartures(fresh: Figure[], watched: Figure[]): Departure[] {
  const best = new Map<string, Departure>();
  for (const f of fresh) {
    for (const w of watched) {
      if (w.profile.claim.articleId === f.profile.claim.articleId) continue;
      if (!departs(w, f)) continue;
      const scored = scorePair(w.profile, f.profile);
      if (!scored || scored.score < MIN_SCORE) continue;
      const key = `${f.profile.claim.value}|${w.profile.claim.articleId}|${w.profile.claim.value}`;
      const kept = best.get(key);
      if (kept && kept.score >= scored.score) continue;
      best.set(key, {
        claimId: f.profile.claim.id,
        watchedClaimId: w.profile.claim.id,
        // Different values are never "the same figure"; the scorer's relation says which of the other two.
        relation: scored.relation === "same_figure" ? "updates" : scored.relation,
        score: scored.score,
        reason: scored.reason,
      });
    }
  }
  return [...best.values()];
}
