import type { Db } from "@/db";
import { loadArticleMatchClaims } from "@/db/queries/suggestions";
import {
  listIncrementClaims,
  listLinkedValues,
  listPartLinksForArticle,
  replaceOpenFlags,
  type FlagFinding,
} from "@/db/queries/flags";
import { getArticleById } from "@/db/queries/articles";
import { profileClaim } from "@/lib/suggest/profile";
import { claimDate } from "@/lib/suggest/claim-date";
import { findInconsistencies } from "@/lib/consistency/inconsistency";
import { checkSums, type SumCheck } from "@/lib/consistency/arithmetic";
import {
  describeIncrement,
  findIncrements,
  type IncrementCheck,
} from "@/lib/consistency/increment";

export interface ArticleArithmetic {
  sums: SumCheck[];
  increments: IncrementCheck[];
}

/** Sums of linked parts and "brings to N" increments of one article, as the page shows them. */
export function checkArticleArithmetic(
  db: Db,
  articleId: number,
  publishedAt: string | null,
): ArticleArithmetic {
  const sums = checkSums(listPartLinksForArticle(db, { articleId }));
  const claims = listIncrementClaims(db, { articleId });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ownDate = claimDate(publishedAt, null).date;
  const increments = findIncrements(claims).map(({ totalId, incrementId }): IncrementCheck => {
    const total = byId.get(totalId)!.value;
    const increment = byId.get(incrementId)!.value;
    // The previous total: the latest linked figure dated before this article.
    const earlier = listLinkedValues(db, { claimId: totalId })
      .filter((l) => l.publishedAt && (!ownDate || l.publishedAt < ownDate) && l.value < total)
      .sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : -1))[0];
    const previous = earlier ? { claimId: earlier.claimId, value: earlier.value } : null;
    return {
      totalId,
      incrementId,
      total,
      increment,
      previous,
      ...describeIncrement(total, increment, previous),
    };
  });
  return { sums, increments };
}

/** Recomputes the article's inconsistency and arithmetic flags. Call after import, after a claim changes
 * and after a part_of link is made. */
export function recomputeFlagsForArticle(db: Db, articleId: number): { flags: number } {
  const publishedAt = getArticleById(db, { id: articleId })?.publishedAt ?? null;
  const findings: FlagFinding[] = findInconsistencies(
    loadArticleMatchClaims(db, { articleId }).map(profileClaim),
  ).map((f) => ({
    kind: "inconsistency",
    ...f,
  }));
  const { sums, increments } = checkArticleArithmetic(db, articleId, publishedAt);
  for (const s of sums.filter((s) => !s.matches)) {
    findings.push({
      kind: "arithmetic",
      claimIds: [...s.partIds, s.totalId].sort((a, b) => a - b),
      message: `The parts do not add up: ${s.text}`,
    });
  }
  for (const i of increments.filter((i) => i.matches === false)) {
    findings.push({
      kind: "arithmetic",
      claimIds: [i.previous!.claimId, i.incrementId, i.totalId].sort((a, b) => a - b),
      message: `The stated increment does not add up: ${i.text}`,
    });
  }
  replaceOpenFlags(db, { articleId, findings });
  return { flags: findings.length };
}
