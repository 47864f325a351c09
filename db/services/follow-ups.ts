import type { Db } from "../index";
import { articleIdsOfClaims } from "../queries/flags";
import { recomputeSuggestionsForArticle } from "./recompute-suggestions";
import { recomputeFlagsForArticle } from "./recompute-flags";

/** Work a committed write leaves behind: derived data that follows the change. */
export type FollowUp =
  /** A claim's reading changed (created, corrected, rejected, restored): its article's suggestions and flags. */
  | { kind: "claims-changed"; claimIds: number[] }
  /** An article was imported or re-imported: its suggestions and flags. */
  | { kind: "article-imported"; articleId: number }
  /** A link or a confirmed suggestion may make parts add up or not: the articles' flags. */
  | { kind: "flags"; articleIds: number[] };

/**
 * The one place a service hands over its follow-ups, after its transaction commits. Synchronous for now
 * (issue #16 turns this into a durable job queue behind the same call). The write is already saved, so
 * a failure here is logged and never reported as the use case's failure.
 */
export function queueFollowUps(db: Db, jobs: FollowUp[]): void {
  const suggestions = new Set<number>();
  const flags = new Set<number>();
  for (const job of jobs) {
    if (job.kind === "claims-changed")
      articleIdsOfClaims(db, { ids: job.claimIds }).forEach((id) => suggestions.add(id));
    else if (job.kind === "article-imported") suggestions.add(job.articleId);
    else job.articleIds.forEach((id) => flags.add(id));
  }
  for (const articleId of suggestions) {
    flags.delete(articleId); // recomputing suggestions recomputes the article's flags too
    logFailure(`Suggestions for article ${articleId}`, () =>
      recomputeSuggestionsForArticle(db, articleId),
    );
  }
  for (const articleId of flags)
    logFailure(`Flags for article ${articleId}`, () => recomputeFlagsForArticle(db, articleId));
}

function logFailure(what: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    console.error(`${what} could not be computed:`, error);
  }
}
