import { z } from "zod";
import type { Db } from "../index";
import type { DbOrTx } from "../queries/audit";
import {
  computeSuggestionsForArticle,
  recomputeSuggestionsForArticle,
  storeArticleReadings,
  type SuggestionPlan,
} from "@/db/services/recompute-suggestions";
import { recomputeFlagsForArticle } from "@/db/services/recompute-flags";
import { checkAlertsForArticle, findAlertsForArticle } from "@/db/services/check-alerts";
import { ClaimProfileCache } from "@/db/queries/claim-profiles";
import { latestAuditId, writtenSinceBesidesImports } from "@/db/queries/audit";
import { countOpenJobs, enqueueJob } from "./queue";

/** The work that follows a write, by kind: each recomputes from what is stored now, so running one twice
 * (a retry, a worker killed after its writes but before the commit) gives the same result. */
const articlePayload = z.object({ articleId: z.number().int().positive() });

/**
 * What the jobs of one batch share: other articles' claims as the batch has read them, and the last
 * audit event when it started reading. The batch's jobs run one after another, each in a transaction of
 * its own; between them other connections commit (imports, a checker's edits). Every change that can
 * alter what a job reads of other articles goes through a service that appends an audit event, but for
 * the import of a new article, which only adds claims (as if it had come after the job): so while no
 * other audit event has been written since `since`, what the batch has read is what the database holds.
 */
export interface JobBatch {
  profiles: ClaimProfileCache;
  /** The last audit event when the batch (or its fresh start) began reading. */
  since: number;
}

export function newJobBatch(db?: DbOrTx): JobBatch {
  return { profiles: new ClaimProfileCache(), since: db ? latestAuditId(db) : 0 };
}

/** True when what the batch has read may be out of date: then it starts afresh (a new cache) and the
 * job's plan, read before its transaction, is not used. Call inside the job's transaction. */
export function renewIfChanged(db: DbOrTx, batch: JobBatch): boolean {
  if (!writtenSinceBesidesImports(db, { since: batch.since })) return false;
  batch.profiles = new ClaimProfileCache();
  batch.since = latestAuditId(db);
  return true;
}

/** A job about one article: whatever it writes, the batch reads that article's claims afresh after it
 * (also when it failed and its savepoint rolled back). */
function articleJob<P>(work: (db: Db, articleId: number, batch: JobBatch, plan?: P) => void) {
  return (db: Db, payload: unknown, batch: JobBatch = newJobBatch(), plan?: unknown) => {
    const { articleId } = articlePayload.parse(payload);
    try {
      work(db, articleId, batch, plan as P | undefined);
    } finally {
      batch.profiles.forgetArticle(articleId);
    }
  };
}

export type JobHandler = (db: Db, payload: unknown, batch?: JobBatch, plan?: unknown) => void;

export const JOB_HANDLERS: Record<string, JobHandler> = {
  /** Link suggestions of the article's claims (both directions) and its flags. */
  "article.suggestions": articleJob<SuggestionPlan>((db, articleId, batch, plan) => {
    recomputeSuggestionsForArticle(db, articleId, batch.profiles, plan);
  }),
  /** Only the inconsistency and arithmetic flags (after a part_of link, a suggestion decided). */
  "article.flags": articleJob((db, articleId) => {
    recomputeFlagsForArticle(db, articleId);
  }),
  /** Figures of a newly imported article that depart from watched ones: alerts for the editors' desk. */
  "article.alerts": articleJob<ReturnType<typeof findAlertsForArticle>>(
    (db, articleId, batch, plan) => {
      checkAlertsForArticle(db, articleId, batch.profiles, plan);
    },
  ),
};

/**
 * The reading and thinking part of a job, done before its write transaction so that the write lock is
 * held only while it writes (an import in another process or thread goes on meanwhile). Only reads: its
 * result is handed to the job's handler, which writes it if nothing it depends on changed in between
 * (renewIfChanged, and each handler's own check) and otherwise works it out again inside the transaction.
 */
export const JOB_PLANS: Record<string, (db: Db, payload: unknown, batch: JobBatch) => unknown> = {
  "article.suggestions": (db, payload, batch) =>
    computeSuggestionsForArticle(db, articlePayload.parse(payload).articleId, batch.profiles),
  "article.alerts": (db, payload, batch) =>
    findAlertsForArticle(db, articlePayload.parse(payload).articleId, batch.profiles),
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
