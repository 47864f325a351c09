import type { ClaimProfile } from "./profile";

/**
 * A figure whose sentence names nothing counted after it takes what the figure before it in the same
 * sentence counts, when both are counts of one unit: "put the number of striking workers at 9,500, well
 * below the union's figure of 14,000" (14,000 workers), "cancelled 4,200 services: 2,300 on Monday and
 * 1,900 on Tuesday" (services). The figure after it stands in when none comes before. Pure; quadratic
 * only in the figures of one sentence.
 */
export function inheritSiblingCounts(profiles: ClaimProfile[]): ClaimProfile[] {
  return profiles.map((p) => {
    if (p.concept || p.counted || p.claim.kind !== "count") return p;
    let before: ClaimProfile | null = null;
    let after: ClaimProfile | null = null;
    for (const q of profiles) {
      if (q === p || !q.concept || q.claim.articleId !== p.claim.articleId) continue;
      if (q.claim.sentence !== p.claim.sentence || q.claim.kind !== p.claim.kind) continue;
      if ((q.claim.unit ?? null) !== (p.claim.unit ?? null)) continue;
      const at = q.claim.numberEndInSentence;
      if (at < p.claim.numberEndInSentence) {
        if (!before || at > before.claim.numberEndInSentence) before = q;
      } else if (!after || at < after.claim.numberEndInSentence) after = q;
    }
    const from = before ?? after;
    return from ? { ...p, concept: from.concept, who: from.who } : p;
  });
}
