import { claimInterval, intervalsOverlap } from "@/lib/consistency/interval";
import type { ClaimProfile } from "./profile";

/** A restatement rounds at most this much ("more than 50" for "some 54"). */
const RESTATED = 0.2;

/**
 * A figure restated in the same article (the headline and the lead round what the body states with its
 * scope: "killed more than 50 civilians" … "some 54 civilians … between March 31 and October 22") covers
 * what the stated one covers. A figure with no scope of its own takes the scope of the one restatement
 * of it in its article that has one: same counted thing and people, another sentence, agreeing values
 * within a fifth. When its possible restatements disagree on the scope, it keeps none.
 */
export function inheritRestatedScopes(profiles: ClaimProfile[]): ClaimProfile[] {
  return profiles.map((p) => {
    if (p.scope.shape || !p.concept) return p;
    const mine = claimInterval(p.claim);
    const scopes = new Map<string, ClaimProfile>();
    for (const q of profiles) {
      if (q === p || !q.scope.shape || q.claim.articleId !== p.claim.articleId) continue;
      if (q.claim.sentence === p.claim.sentence || q.concept !== p.concept) continue;
      if (q.who !== p.who && q.who !== null && p.who !== null) continue;
      const diff =
        Math.abs(q.claim.value - p.claim.value) / Math.max(q.claim.value, p.claim.value, 1e-9);
      if (diff > RESTATED || !intervalsOverlap(mine, claimInterval(q.claim))) continue;
      scopes.set(JSON.stringify(q.scope), q);
    }
    if (scopes.size !== 1) return p;
    return { ...p, scope: [...scopes.values()][0]!.scope };
  });
}
