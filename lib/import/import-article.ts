import type { Db } from "@/db";
import { findArticleByBodyHash, findArticleByUrl } from "@/db/queries/articles";
import {
  applyReimportPlan,
  insertArticle,
  insertDetectedClaims,
  listClaimsForReimport,
  updateArticleFromImport,
  type ReimportCounts,
} from "@/db/queries/article-writes";
import { detectedToRow } from "@/db/queries/claims";
import { appendAudit } from "@/db/queries/audit";
import { articleInputSchema } from "./schema";
import { readArticle, type ReadArticle } from "./read-article";
import { planReimport } from "./reimport-plan";
import type { RemovedPiece } from "./clean";
import { queueArticleSuggestions } from "@/db/jobs/follow-ups";
import { nudgeServerWorker } from "@/db/jobs/server-worker";

export type ImportOutcome =
  | {
      status: "created";
      articleId: number;
      title: string;
      claimCount: number;
      removed: RemovedPiece[];
    }
  | {
      status: "updated";
      articleId: number;
      title: string;
      claimCount: number;
      removed: RemovedPiece[];
      claims: ReimportCounts;
    }
  | {
      status: "duplicate";
      articleId: number;
      title: string;
      claimCount: 0;
      removed: RemovedPiece[];
    }
  | { status: "failed"; error: string };

function describeZodError(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

class ConflictError extends Error {}

/** Validates, cleans, detects claims and stores one article in one transaction.
 * Every importer (the admin page, batches, the CLI, the API and the seed) comes through here.
 * The same body again is a duplicate; the same URL with a changed body updates that article. */
export function importArticle(
  db: Db,
  raw: unknown,
  {
    actorId,
    suggestions = true,
    read,
  }: {
    actorId: number | null;
    /** Queue the article's suggestions and flags for the worker; off only for benchmarks that time the
     * import alone. */
    suggestions?: boolean;
    /** The article already read off the event loop (read-off-thread.ts); read here when absent. */
    read?: ReadArticle;
  },
): ImportOutcome {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { status: "failed", error: describeZodError(parsed.error.issues) };
  const result = read ?? readArticle(parsed.data);
  if (!result.ok) return { status: "failed", error: result.error };
  const { prepared, detected } = result;
  const removedJson = JSON.stringify(prepared.removed);

  try {
    const outcome = db.transaction((tx): ImportOutcome => {
      const duplicate = findArticleByBodyHash(tx, { bodyHash: prepared.bodyHash });
      if (duplicate) {
        return {
          status: "duplicate",
          articleId: duplicate.id,
          title: duplicate.title,
          claimCount: 0,
          removed: prepared.removed,
        };
      }
      const previous = prepared.url ? findArticleByUrl(tx, { url: prepared.url }) : undefined;
      if (previous) {
        const updated = updateArticleFromImport(tx, {
          id: previous.id,
          version: previous.version,
          values: {
            title: prepared.title,
            outlet: prepared.outlet,
            publishedAt: prepared.publishedAt,
            body: prepared.body,
            bodyHash: prepared.bodyHash,
            removedJson,
          },
        });
        if (!updated)
          throw new ConflictError("The article changed while it was being re-imported; try again.");
        const plan = planReimport(
          listClaimsForReimport(tx, { articleId: previous.id }),
          prepared.body,
          detected,
        );
        const counts = applyReimportPlan(tx, {
          articleId: previous.id,
          body: prepared.body,
          plan,
          actorId,
        });
        if (suggestions) queueArticleSuggestions(tx, previous.id);
        appendAudit(tx, {
          actorId,
          entity: "article",
          entityId: previous.id,
          action: "article.reimported",
          before: {
            version: previous.version,
            title: previous.title,
            bodyLength: previous.body.length,
          },
          after: {
            version: previous.version + 1,
            title: prepared.title,
            bodyLength: prepared.body.length,
            claims: counts,
            removed: prepared.removed.length,
          },
        });
        return {
          status: "updated",
          articleId: previous.id,
          title: prepared.title,
          claimCount: counts.kept + counts.refreshed + counts.added,
          removed: prepared.removed,
          claims: counts,
        };
      }
      const article = insertArticle(tx, {
        title: prepared.title,
        outlet: prepared.outlet,
        url: prepared.url,
        publishedAt: prepared.publishedAt,
        body: prepared.body,
        bodyHash: prepared.bodyHash,
        removedJson,
        importedBy: actorId,
      });
      insertDetectedClaims(
        db,
        detected.map((d) => detectedToRow(prepared.body, article.id, d)),
      );
      // In the same transaction: the job exists exactly when the article does, and survives a restart.
      if (suggestions) queueArticleSuggestions(tx, article.id);
      appendAudit(tx, {
        actorId,
        entity: "article",
        entityId: article.id,
        action: "article.imported",
        after: { title: prepared.title, claims: detected.length, removed: prepared.removed.length },
      });
      return {
        status: "created",
        articleId: article.id,
        title: prepared.title,
        claimCount: detected.length,
        removed: prepared.removed,
      };
    });
    // Suggestions and flags are the worker's: the import returns as soon as the article is stored.
    if (suggestions && (outcome.status === "created" || outcome.status === "updated"))
      nudgeServerWorker();
    return outcome;
  } catch (error) {
    if (error instanceof ConflictError) return { status: "failed", error: error.message };
    return { status: "failed", error: `Could not store the article: ${(error as Error).message}` };
  }
}
