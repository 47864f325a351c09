import type { DbOrTx } from "../queries/audit";
import { articleIdsOfClaims } from "../queries/flags";
import { queueArticleAlerts, queueArticleFlags, queueArticleSuggestions } from "../jobs/follow-ups";
import { nudgeServerWorker } from "../jobs/server-worker";

/** Work a write leaves behind: derived data that follows the change. */
export type FollowUp =
  /** A claim's reading changed (created, corrected, rejected, restored): its article's suggestions and flags. */
  | { kind: "claims-changed"; claimIds: number[] }
  /** An article was imported or re-imported: its suggestions and flags, and its figures checked against
   * the watched ones (alerts). */
  | { kind: "article-imported"; articleId: number }
  /** A link or a confirmed suggestion may make parts add up or not: the articles' flags. */
  | { kind: "flags"; articleIds: number[] };

/**
 * The one place a service hands over its follow-ups. Called inside the write's transaction, so the jobs
 * are queued (durably, in the jobs table) exactly when the write commits and never without it; the
 * worker runs them in the background and the user never waits for them.
 */
export function queueFollowUps(tx: DbOrTx, jobs: FollowUp[]): void {
  const suggestions = new Set<number>();
  const flags = new Set<number>();
  const imported = new Set<number>();
  for (const job of jobs) {
    if (job.kind === "claims-changed")
      articleIdsOfClaims(tx, { ids: job.claimIds }).forEach((id) => suggestions.add(id));
    else if (job.kind === "article-imported") {
      suggestions.add(job.articleId);
      imported.add(job.articleId);
    } else job.articleIds.forEach((id) => flags.add(id));
  }
  // Recomputing an article's suggestions recomputes its flags too.
  queueArticleSuggestions(tx, ...suggestions);
  queueArticleFlags(tx, ...[...flags].filter((id) => !suggestions.has(id)));
  // After the suggestions: those store the readings the alert check compares.
  queueArticleAlerts(tx, ...imported);
  // The nudge only schedules a look (a timer), so it runs after this transaction has committed.
  if (suggestions.size || flags.size) nudgeServerWorker();
}
