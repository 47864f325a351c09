import type { ReimportCounts } from "@/lib/import/outcome";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims, type NewArticle, type NewClaim } from "../schema";
import { appendAudit, type DbOrTx } from "./audit";
import { detectedToRow, insertClaims } from "./claims";
import { preparedStatement } from "./prepared";
import { quoteContext } from "@/lib/claims/context";
import type { ExistingClaim, ReimportPlan } from "@/lib/import/reimport-plan";

/** Writes of the import path: new articles, changed bodies and the claims they carry. Call inside a transaction. */

/** Inserts an article with one statement compiled once per connection (drizzle built the SQL anew for
 * every imported article); a field left out takes its column's default. */
export function insertArticle(
  tx: DbOrTx,
  values: Pick<NewArticle, "title" | "body" | "bodyHash"> &
    Partial<
      Pick<
        NewArticle,
        "outlet" | "url" | "urlFromText" | "publishedAt" | "removedJson" | "importedBy"
      >
    >,
): { id: number } {
  return insertArticleStatement(tx).get({
    title: values.title,
    outlet: values.outlet ?? null,
    url: values.url ?? null,
    urlFromText: values.urlFromText ? 1 : 0,
    publishedAt: values.publishedAt ?? null,
    body: values.body,
    bodyHash: values.bodyHash,
    removedJson: values.removedJson ?? "[]",
    importedBy: values.importedBy ?? null,
  }) as { id: number };
}

const insertArticleStatement = preparedStatement(
  `INSERT INTO articles (title, outlet, url, url_from_text, published_at, body, body_hash, removed_json, imported_by)
    VALUES (:title, :outlet, :url, :urlFromText, :publishedAt, :body, :bodyHash, :removedJson, :importedBy)
    RETURNING id`,
);

/** The columns an imported claim sets (detectedToRow's fields); the rest keep their defaults. */
const CLAIM_COLUMNS = [
  "articleId",
  "start",
  "end",
  "numberStart",
  "numberEnd",
  "sentenceStart",
  "sentenceEnd",
  "quote",
  "prefix",
  "suffix",
  "value",
  "low",
  "high",
  "kind",
  "unit",
  "currency",
  "counted",
  "qualifier",
  "change",
  "from",
  "period",
  "origin",
] as const satisfies readonly (keyof NewClaim)[];

/** The claim's columns in the table, in CLAIM_COLUMNS' order. */
const CLAIM_COLUMN_NAMES: Record<(typeof CLAIM_COLUMNS)[number], string> = {
  articleId: "article_id",
  start: "start",
  end: '"end"',
  numberStart: "number_start",
  numberEnd: "number_end",
  sentenceStart: "sentence_start",
  sentenceEnd: "sentence_end",
  quote: "quote",
  prefix: "prefix",
  suffix: "suffix",
  value: "value",
  low: "low",
  high: "high",
  kind: "kind",
  unit: "unit",
  currency: "currency",
  counted: "counted",
  qualifier: "qualifier",
  change: "change",
  from: "change_from",
  period: "period",
  origin: "origin",
};

// Raw, compiled once per connection: drizzle's prepared insert filled its placeholders in JavaScript on
// every run, which cost more than SQLite's insert (as in suggestions.ts).
const claimInsertStatement = preparedStatement(
  `INSERT INTO claims (${CLAIM_COLUMNS.map((c) => CLAIM_COLUMN_NAMES[c]).join(", ")})
    VALUES (${CLAIM_COLUMNS.map((c) => `:${c}`).join(", ")})`,
);

/**
 * Inserts detected claims with one statement prepared once per connection: building the SQL anew for
 * every batch of claims was most of an import's time. Call inside the article's transaction; better-sqlite3
 * runs on one connection, so the statement runs inside that open transaction.
 */
export function insertDetectedClaims(db: Db, rows: NewClaim[]): void {
  const insert = claimInsertStatement(db);
  for (const row of rows) {
    const params: Record<string, unknown> = {};
    for (const column of CLAIM_COLUMNS) params[column] = row[column] ?? null;
    insert.run(params);
  }
}

/** Replaces an article's text and metadata if it is still at `version`; false if someone changed it first. */
export function updateArticleFromImport(
  tx: DbOrTx,
  input: {
    id: number;
    version: number;
    values: Pick<
      NewArticle,
      "title" | "outlet" | "publishedAt" | "body" | "bodyHash" | "removedJson"
    >;
  },
): boolean {
  const result = tx
    .update(articles)
    .set({ ...input.values, version: input.version + 1, updatedAt: Date.now() })
    .where(and(eq(articles.id, input.id), eq(articles.version, input.version)))
    .run();
  return result.changes === 1;
}

/** Every claim of the article (rejected and orphaned ones too), with whether a person worked on it. */
export function listClaimsForReimport(
  tx: DbOrTx,
  { articleId }: { articleId: number },
): ExistingClaim[] {
  // Written out with table names: Drizzle leaves columns unqualified in a one-table select,
  // which inside these subqueries would bind to the subquery's own table.
  const hasNote = sql<number>`exists (select 1 from "notes" where "notes"."claim_id" = "claims"."id")`;
  const hasSource = sql<number>`exists (select 1 from "claim_sources" where "claim_sources"."claim_id" = "claims"."id")`;
  const hasLink = sql<number>`exists (select 1 from "claim_links" where "claim_links"."from_claim_id" = "claims"."id" or "claim_links"."to_claim_id" = "claims"."id")`;
  const rows = tx
    .select({
      id: claims.id,
      start: claims.start,
      end: claims.end,
      numberStart: claims.numberStart,
      numberEnd: claims.numberEnd,
      sentenceStart: claims.sentenceStart,
      sentenceEnd: claims.sentenceEnd,
      quote: claims.quote,
      prefix: claims.prefix,
      suffix: claims.suffix,
      value: claims.value,
      origin: claims.origin,
      status: claims.status,
      assigneeId: claims.assigneeId,
      deletedAt: claims.deletedAt,
      orphanedAt: claims.orphanedAt,
      hasNote,
      hasSource,
      hasLink,
    })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .all();
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    numberStart: r.numberStart,
    numberEnd: r.numberEnd,
    sentenceStart: r.sentenceStart,
    sentenceEnd: r.sentenceEnd,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    value: r.value,
    origin: r.origin,
    hasWork:
      r.status !== "unchecked" ||
      r.assigneeId !== null ||
      !!r.hasNote ||
      !!r.hasSource ||
      !!r.hasLink,
    deleted: r.deletedAt !== null,
    orphaned: r.orphanedAt !== null,
  }));
}

/** Carries the article's claims over to its new body as planned; claims with work get a version bump and an audit event. */
export function applyReimportPlan(
  tx: DbOrTx,
  input: { articleId: number; body: string; plan: ReimportPlan; actorId: number | null },
): ReimportCounts {
  const { articleId, body, plan, actorId } = input;
  const now = Date.now();
  for (const move of plan.move) {
    const { found, id, ...offsets } = move;
    tx.update(claims)
      .set({
        ...offsets,
        ...quoteContext(body, move.start, move.end),
        ...(found ? { orphanedAt: null } : {}),
        version: sql`${claims.version} + 1`,
        updatedAt: now,
      })
      .where(eq(claims.id, id))
      .run();
    appendAudit(tx, {
      actorId,
      entity: "claim",
      entityId: id,
      action: found ? "claim.found_on_reimport" : "claim.reanchored",
      after: { start: move.start, end: move.end },
    });
  }
  for (const id of plan.orphan) {
    tx.update(claims)
      .set({ orphanedAt: now, version: sql`${claims.version} + 1`, updatedAt: now })
      .where(eq(claims.id, id))
      .run();
    appendAudit(tx, {
      actorId,
      entity: "claim",
      entityId: id,
      action: "claim.orphaned",
      after: { reason: "Its quote is no longer in the re-imported article." },
    });
  }
  for (const { id, detected } of plan.refresh) {
    const { articleId: _ignored, ...row } = detectedToRow(body, articleId, detected);
    tx.update(claims)
      .set({ ...row, orphanedAt: null, version: sql`${claims.version} + 1`, updatedAt: now })
      .where(eq(claims.id, id))
      .run();
  }
  if (plan.remove.length > 0) {
    // Only claims nobody worked on are in `remove`; the status guard makes sure of it at write time too.
    for (let i = 0; i < plan.remove.length; i += 500) {
      tx.delete(claims)
        .where(
          and(
            inArray(claims.id, plan.remove.slice(i, i + 500)),
            eq(claims.status, "unchecked"),
            eq(claims.origin, "auto"),
          ),
        )
        .run();
    }
  }
  insertClaims(
    tx,
    plan.insert.map((d) => detectedToRow(body, articleId, d)),
  );
  return {
    kept: plan.move.length,
    orphaned: plan.orphan.length,
    refreshed: plan.refresh.length,
    replaced: plan.remove.length,
    added: plan.insert.length,
  };
}
