import { writeTransaction } from "../write-transaction";
import type { Db } from "@/db";
import { findArticleByBodyHash, findArticleByUrl } from "@/db/queries/articles";
import {
  applyReimportPlan,
  insertArticle,
  insertDetectedClaims,
  listClaimsForReimport,
  updateArticleFromImport,
} from "@/db/queries/article-writes";
import { detectedToRow } from "@/db/queries/claims";
import { appendAudit } from "@/db/queries/audit";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { articleInputSchema } from "@/lib/import/schema";
import { readArticle, type ReadArticle } from "@/lib/import/read-article";
import { planReimport } from "@/lib/import/reimport-plan";
import type { ImportOutcome } from "@/lib/import/outcome";
import { queueFollowUps } from "./follow-ups";

export type { ImportOutcome };

function describeZodError(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return Object.entries(fieldErrorsOf(error))
    .map(([path, messages]) => (path === "_" ? messages : messages.map((m) => `${path}: ${m}`)))
    .flat()
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
  if (!parsed.success)
    return {
      status: "failed",
      error: describeZodError(parsed.error),
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  const result = read ?? readArticle(parsed.data);
  if (!result.ok) return { status: "failed", error: result.error };
  const { prepared, detected } = result;
  const removedJson = JSON.stringify(prepared.removed);

  try {
    const outcome = writeTransaction(db, (tx): ImportOutcome => {
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
      // Only a URL given in the import's own field updates the article stored under it, and only one
      // stored the same way: a link line in pasted text must never let one article replace another,
      // nor make its article the target of a later import.
      const previous =
        prepared.url && !prepared.urlFromText
          ? findArticleByUrl(tx, { url: prepared.url })
          : undefined;
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
        if (suggestions) queueFollowUps(tx, [{ kind: "article-imported", articleId: previous.id }]);
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
        urlFromText: Boolean(prepared.url) && prepared.urlFromText,
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
      if (suggestions) queueFollowUps(tx, [{ kind: "article-imported", articleId: article.id }]);
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
    return outcome;
  } catch (error) {
    if (error instanceof ConflictError) return { status: "failed", error: error.message };
    return { status: "failed", error: `Could not store the article: ${(error as Error).message}` };
  }
}
