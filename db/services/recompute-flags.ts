import type { Db } from "@/db";
import { loadArticleMatchClaims } from "@/db/queries/suggestions";
import { replaceOpenFlags, type FlagFinding } from "@/db/queries/flags";
import { checkArticleArithmetic } from "@/db/queries/arithmetic";
import { getArticleById } from "@/db/queries/articles";
import { profileClaim } from "@/lib/suggest/profile";
import { findInconsistencies } from "@/lib/consistency/inconsistency";
import { checkIntroducedSum, introducedSumMessage } from "@/lib/consistency/introduced-sums";
import { findIntroducedParts } from "@/lib/suggest/introduced-parts";

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
