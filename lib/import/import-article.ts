import type { Db } from "@/db";
import { articles } from "@/db/schema";
import { findArticleByBodyHash } from "@/db/queries/articles";
import { detectedToRow, insertClaims } from "@/db/queries/claims";
import { appendAudit } from "@/db/queries/audit";
import { detectClaims } from "@/lib/claims";
import { articleInputSchema } from "./schema";
import { prepareArticle } from "./prepare";
import type { RemovedPiece } from "./clean";

export type ImportOutcome =
  | { status: "created"; articleId: number; title: string; claimCount: number; removed: RemovedPiece[] }
  | { status: "duplicate"; articleId: number; title: string; claimCount: 0; removed: RemovedPiece[] }
  | { status: "failed"; error: string };

function describeZodError(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Validates, cleans, detects claims and stores one article in one transaction.
 * Every importer (the admin page, batches, the CLI, the API and the seed) comes through here. */
export function importArticle(db: Db, raw: unknown, { actorId }: { actorId: number | null }): ImportOutcome {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { status: "failed", error: describeZodError(parsed.error.issues) };
  let prepared;
  try {
    prepared = prepareArticle(parsed.data);
  } catch (error) {
    return { status: "failed", error: `Could not read the article: ${(error as Error).message}` };
  }
  if (!prepared.body.trim()) return { status: "failed", error: "Nothing is left of the article after cleaning." };
  const detected = detectClaims(prepared.body);

  return db.transaction((tx): ImportOutcome => {
    const existing = findArticleByBodyHash(tx, { bodyHash: prepared.bodyHash });
    if (existing) {
      return { status: "duplicate", articleId: existing.id, title: existing.title, claimCount: 0, removed: prepared.removed };
    }
    const article = tx
      .insert(articles)
      .values({
        title: prepared.title,
        outlet: prepared.outlet,
        url: prepared.url,
        publishedAt: prepared.publishedAt,
        body: prepared.body,
        bodyHash: prepared.bodyHash,
        removedJson: JSON.stringify(prepared.removed),
        importedBy: actorId,
      })
      .returning({ id: articles.id })
      .get();
    insertClaims(tx, detected.map((d) => detectedToRow(prepared.body, article.id, d)));
    appendAudit(tx, {
      actorId,
      entity: "article",
      entityId: article.id,
      action: "article.imported",
      after: { title: prepared.title, claims: detected.length, removed: prepared.removed.length },
    });
    return { status: "created", articleId: article.id, title: prepared.title, claimCount: detected.length, removed: prepared.removed };
  });
}
