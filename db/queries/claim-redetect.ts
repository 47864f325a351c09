import { writeTransaction } from "../write-transaction";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims } from "../schema";
import { detectClaims } from "@/lib/claims";
import { planRedetect, type RedetectStoredClaim } from "@/lib/claims/redetect-plan";
import { listClaimsForReimport } from "./article-writes";
import { appendAudit } from "./audit";
import { detectedToRow, insertClaims } from "./claims";

export interface RedetectCounts {
  added: number;
  refreshed: number;
  flagged: number;
  unflagged: number;
  unchanged: number;
}

export function listArticleIdsForRedetect(db: Db): number[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .orderBy(asc(articles.id))
    .all()
    .map((r) => r.id);
}

/**
 * Runs the current detector over one stored article and merges the result into its claims in one
 * transaction: new figures added, untouched auto claims refreshed, vanished ones flagged (never
 * deleted); claims a person worked on, manual and rejected claims are left as they are.
 */
export function redetectArticle(
  db: Db,
  { articleId, actorId }: { articleId: number; actorId: number | null },
): RedetectCounts | null {
  return writeTransaction(db, (tx) => {
    const article = tx
      .select({ id: articles.id, body: articles.body })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get();
    if (!article) return null;
    const detected = detectClaims(article.body);
    const stored = listClaimsForReimport(tx, { articleId });
    const fieldRows = tx
      .select({
        id: claims.id,
        start: claims.start,
        end: claims.end,
        numberEnd: claims.numberEnd,
        value: claims.value,
        low: claims.low,
        high: claims.high,
        kind: claims.kind,
        unit: claims.unit,
        currency: claims.currency,
        counted: claims.counted,
        qualifier: claims.qualifier,
        change: claims.change,
        from: claims.from,
        period: claims.period,
      })
      .from(claims)
      .where(eq(claims.articleId, articleId))
      .all();
    const fieldsById = new Map(fieldRows.map(({ id, ...fields }) => [id, fields]));
    const existing: RedetectStoredClaim[] = stored.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      numberStart: c.numberStart,
      value: c.value ?? Number.NaN,
      origin: c.origin,
      hasWork: c.hasWork || c.origin === "manual",
      deleted: c.deleted,
      orphaned: c.orphaned,
      anchored: article.body.slice(c.start, c.end) === c.quote,
      fields: fieldsById.get(c.id) ?? {},
    }));
    const plan = planRedetect(existing, detected);
    const now = Date.now();
    insertClaims(
      tx,
      plan.insert.map((d) => detectedToRow(article.body, articleId, d)),
    );
    for (const { id, detected: d } of plan.refresh) {
      const {
        articleId: _article,
        origin: _origin,
        ...row
      } = detectedToRow(article.body, articleId, d);
      tx.update(claims)
        .set({ ...row, orphanedAt: null, version: sql`${claims.version} + 1`, updatedAt: now })
        .where(eq(claims.id, id))
        .run();
    }
    for (const id of plan.flag) {
      tx.update(claims)
        .set({ orphanedAt: now, version: sql`${claims.version} + 1`, updatedAt: now })
        .where(eq(claims.id, id))
        .run();
      appendAudit(tx, {
        actorId,
        entity: "claim",
        entityId: id,
        action: "claim.undetected",
        after: { reason: "The detector no longer finds this figure." },
      });
    }
    for (const id of plan.unflag) {
      tx.update(claims)
        .set({ orphanedAt: null, version: sql`${claims.version} + 1`, updatedAt: now })
        .where(eq(claims.id, id))
        .run();
    }
    const counts: RedetectCounts = {
      added: plan.insert.length,
      refreshed: plan.refresh.length,
      flagged: plan.flag.length,
      unflagged: plan.unflag.length,
      unchanged: plan.unchanged,
    };
    if (counts.added + counts.refreshed + counts.flagged + counts.unflagged > 0)
      appendAudit(tx, {
        actorId,
        entity: "article",
        entityId: articleId,
        action: "article.redetected",
        after: counts,
      });
    return counts;
  });
}
