import type { ClaimProfile } from "./profile";
import type { ScoredPair } from "./types";
import { formatNumber } from "@/lib/format";

/**
 * Within one article, claims whose values add up exactly to another claim's value are proposed as its
 * parts ("976 civilians … under Obama, and 1,856 … in the Trump era" → 2,832). Only claims of the
 * same kind, unit and counted thing, taken from one sentence (pairs, triples, or the whole sentence),
 * so the search stays small and the proposals plausible.
 */
export function suggestParts(profiles: ClaimProfile[]): ScoredPair[] {
  const out: ScoredPair[] = [];
  const bySentence = new Map<string, ClaimProfile[]>();
  for (const p of profiles) {
    const key = `${p.claim.articleId}:${p.claim.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), p]);
  }
  const seen = new Set<string>();
  for (const total of profiles) {
    if (!total.counted || total.claim.value <= 0) continue;
    for (const group of bySentence.values()) {
      const pool = group.filter(
        (p) =>
          p !== total &&
          p.claim.kind === total.claim.kind &&
          p.claim.unit === total.claim.unit &&
          p.claim.value > 0 &&
          p.claim.value < total.claim.value &&
          (p.counted === null || p.head === total.head),
      );
      for (const subset of subsetsSummingTo(pool, total.claim.value)) {
        const key = `${total.claim.id}:${subset.map((p) => p.claim.id).join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sum = subset.map((p) => formatNumber(p.claim.value)).join(" + ");
        for (const part of subset) {
          out.push({
            claimId: part.claim.id,
            candidateId: total.claim.id,
            relation: "part_of",
            score: part.counted ? 0.9 : 0.7,
            reason: `${sum} = ${formatNumber(total.claim.value)} ${total.counted}`,
          });
        }
      }
    }
  }
  return out;
}

function subsetsSummingTo(pool: ClaimProfile[], target: number): ClaimProfile[][] {
  const found: ClaimProfile[][] = [];
  const n = pool.length;
  const eq = (x: number) => Math.abs(x - target) < 1e-9 * Math.max(1, target);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = pool[i]!,
        b = pool[j]!;
      if (eq(a.claim.value + b.claim.value)) found.push([a, b]);
      for (let k = j + 1; k < n && n <= 12; k++) {
        if (eq(a.claim.value + b.claim.value + pool[k]!.claim.value)) found.push([a, b, pool[k]!]);
      }
    }
  if (!found.length && n > 3 && n <= 12 && eq(pool.reduce((s, p) => s + p.claim.value, 0)))
    found.push(pool);
  return found;
}
