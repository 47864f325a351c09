import { z } from "zod";
import type { Db } from "../index";
import type { DbOrTx } from "../queries/audit";
import {
  recomputeSuggestionsForArticle,
  storeArticleReadings,
} from "@/db/services/recompute-suggestions";
import { recomputeFlagsForArticle } from "@/db/services/recompute-flags";
import { checkAlertsForArticle } from "@/db/services/check-alerts";
import { ClaimProfileCache } from "@/db/queries/claim-profiles";
import { countOpenJobs, enqueueJob } from "./queue";

/** The work that follows a write, by kind: each recomputes from what is stored now, so running one twice
 * (a retry, a worker killed after its writes but before the commit) gives the same result. */
const articlePayload = z.object({ articleId: z.number().int().positive() });

/** What the jobs of one batch (one transaction) share: other articles' claims as the batch has read them. */
export interface JobBatch {
  profiles: ClaimProfileCache;
}

export const newJobBatch = (): JobBatch => ({ profiles: new ClaimProfileCache() });

/** A job about one article: whatever it writes, the batch reads that article's claims afresh after it
 * (also when it failed and its savepoint rolled back). */
function articleJob(work: (db: Db, articleId: number, batch: JobBatch) => void) {
  return (db: Db, payload: unknown, batch: JobBatch = newJobBatch()) => {
    const { articleId } = articlePayload.parse(payload);
    try {
      work(db, articleId, batch);
    } finally {
      batch.profiles.forgetArticle(articleId);
    }
  };
}

export const JOB_HANDLERS: Record<string, (db: Db, payload: unknown, batch?: JobBatch) => void> = {
  /** Link suggestions of the article's claims (both directions) and its flags. */
  "article.suggestions": articleJob((db, articleId, batch) => {
    recomputeSuggestionsForArticle(db, articleId, batch.profiles);
  }),
  /** Only the inconsistency and arithmetic flags (after a part_of link, a suggestion decided). */
  "article.flags": articleJob((db, articleId) => {
    recomputeFlagsForArticle(db, articleId);
  }),
  /** Figures of a newly imported article that depart from watched ones: alerts for the editors' desk. */
  "article.alerts": articleJob((db, articleId, batch) => {
    checkAlertsForArticle(db, articleId, batch.profiles);
  }),
};

export const suggestionsKey = (articleId: number) => `article:${articleId}:suggestions`;
const flagsKey = (articleId: number) => `article:${articleId}:flags`;
const alertsKey = (articleId: number) => `article:${articleId}:alerts`;

/** After an import or a change to an article's claims: suggestions and flags, in the background. Call
 * inside the writer's transaction. */
export function queueArticleSuggestions(tx: DbOrTx, ...articleIds: number[]): void {
  for (const articleId of new Set(articleIds)) {
    storeArticleReadings(tx, articleId);
    enqueueJob(tx, {
      kind: "article.suggestions",
      key: suggestionsKey(articleId),
      payload: { articleId },
    });
  }
}

/** After a link that can change a sum (part_of) or a decided suggestion: the flags only. */
export function queueArticleFlags(tx: DbOrTx, ...articleIds: number[]): void {
  for (const articleId of new Set(articleIds))
    enqueueJob(tx, { kind: "article.flags", key: flagsKey(articleId), payload: { articleId } });
}

/** After an import: its figures are checked against the watched ones, in the background. Call inside
 * the importer's transaction, after queueArticleSuggestions (which stores the readings the check compares). */
export function queueArticleAlerts(tx: DbOrTx, ...articleIds: number[]): void {
  for (const articleId of new Set(articleIds))
    enqueueJob(tx, { kind: "article.alerts", key: alertsKey(articleId), payload: { articleId } });
}

/** True while the article's suggestions or flags are still being computed. */
export function isLookingForLinks(db: Db, { articleId }: { articleId: number }): boolean {
  return (
    countOpenJobs(db, {
      keys: [suggestionsKey(articleId), flagsKey(articleId), alertsKey(articleId)],
    }) > 0
  );
}
