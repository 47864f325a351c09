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
import { findInconsistencies } from "./inconsistency";
import { checkSums, type SumCheck } from "./arithmetic";
import { checkIntroducedSum, introducedSumMessage } from "./introduced-sums";
import { findIntroducedParts } from "@/lib/suggest/introduced-parts";
import { describeIncrement, findIncrements, type IncrementCheck } from "./increment";

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
  const profiles = loadArticleMatchClaims(db, { articleId }).map(profileClaim);
  const findings: FlagFinding[] = findInconsistencies(profiles).map((f) => ({
    kind: "inconsistency",
    ...f,
  }));
  const { sums, increments } = checkArticleArithmetic(db, articleId, publishedAt);
  // Parts the text introduces ("including …") are checked before anyone links them; a total whose
  // parts are linked is checked by its links below instead.
  const linkedTotals = new Set(sums.map((s) => s.totalId));
  for (const group of findIntroducedParts(profiles)) {
    const check = checkIntroducedSum(group);
    if (!check.exceeds || linkedTotals.has(check.totalId)) continue;
    findings.push({
      kind: "arithmetic",
      claimIds: [...check.partIds, check.totalId].sort((a, b) => a - b),
      message: introducedSumMessage(check, group.cue),
    });
  }
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

/** After a part_of link is made or removed: the arithmetic flags of the articles involved. Logged, never fatal. */
export function recomputeFlagsAfterLink(db: Db, ...articleIds: number[]): void {
  for (const articleId of new Set(articleIds)) {
    try {
      recomputeFlagsForArticle(db, articleId);
    } catch (error) {
      console.error(`Flags for article ${articleId} could not be recomputed:`, error);
    }
  }
}
