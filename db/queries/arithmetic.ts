import type { Db } from "../index";
import { checkSums, type SumCheck } from "@/lib/consistency/arithmetic";
import {
  describeIncrement,
  findIncrements,
  type IncrementCheck,
} from "@/lib/consistency/increment";
import { claimDate } from "@/lib/suggest/claim-date";
import { listIncrementClaims, listLinkedValues, listPartLinksForArticle } from "./flags";

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
