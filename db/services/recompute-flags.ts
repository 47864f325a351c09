import type { Db } from "@/db";
import { loadArticleMatchClaims } from "@/db/queries/suggestions";
import { replaceOpenFlags, type FlagFinding } from "@/db/queries/flags";
import { checkArticleArithmetic } from "@/db/queries/arithmetic";
import { getArticleById } from "@/db/queries/articles";
import { profileClaim } from "@/lib/suggest/profile";
import { findInconsistencies } from "@/lib/consistency/inconsistency";

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
