/** A matched claim as either engine's search returns it: lower scores rank first. */
export interface ClaimRow {
  id: number;
  articleId: number;
  score: number;
}

export interface GroupedHits {
  /** The articles shown, best first, each with its claims in order (all of them: callers cut). */
  shown: [articleId: number, claimIds: number[]][];
  /** More articles matched than are shown. */
  more: boolean;
}

/**
 * Groups matched claims and articles by article: an article's place is its best score (its own or its
 * best claim's), ties to the newest article. Without words (`ranked` false) a claim's score is its place
 * in the list. Shared by both engines' search (db/queries/search.ts, db/engine/pg-search.ts), so only
 * the matching and the scores differ by engine, never how hits become groups.
 */
export function groupHits(
  claimRows: ClaimRow[],
  articleScores: Map<number, number>,
  { ranked, narrowsClaims, limit }: { ranked: boolean; narrowsClaims: boolean; limit: number },
): GroupedHits {
  const byArticle = new Map<number, { score: number; claimIds: number[] }>();
  claimRows.forEach((row, order) => {
    const score = ranked ? row.score : order;
    const group = byArticle.get(row.articleId);
    if (group) {
      group.claimIds.push(row.id);
      group.score = Math.min(group.score, score);
    } else byArticle.set(row.articleId, { score, claimIds: [row.id] });
  });
  if (!narrowsClaims)
    for (const [articleId, score] of articleScores) {
      const group = byArticle.get(articleId);
      if (group) group.score = Math.min(group.score, score);
      else byArticle.set(articleId, { score, claimIds: [] });
    }
  const ordered = [...byArticle.entries()].sort((x, y) => x[1].score - y[1].score || y[0] - x[0]);
  return {
    shown: ordered.slice(0, limit).map(([id, g]) => [id, g.claimIds]),
    more: ordered.length > limit,
  };
}

/**
 * The groups as a page shows them: each shown article's head (skipped if it is gone) with its first
 * `perGroup` claims in order and how many more it matched. Both engines load heads and claims their own
 * way and assemble them here.
 */
export function assembleGroups<Head extends object, Claim>(
  shown: GroupedHits["shown"],
  heads: Map<number, Head>,
  claims: Map<number, Claim>,
  perGroup: number,
): (Head & { claims: Claim[]; moreClaims: number })[] {
  const groups: (Head & { claims: Claim[]; moreClaims: number })[] = [];
  for (const [articleId, claimIds] of shown) {
    const head = heads.get(articleId);
    if (!head) continue;
    groups.push({
      ...head,
      claims: claimIds
        .slice(0, perGroup)
        .map((id) => claims.get(id))
        .filter((c): c is Claim => c !== undefined),
      moreClaims: Math.max(0, claimIds.length - perGroup),
    });
  }
  return groups;
}
