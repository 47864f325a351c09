import { writeTransaction } from "../write-transaction";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { claimLinks, claims, claimSources, notes, type NewClaim } from "@/db/schema";
import { appendAudit } from "@/db/queries/audit";
import {
  importAnnotationSchema,
  parseImportPayload,
  type ImportAnnotation,
  type ImportArticleEntry,
} from "@/lib/export/annotation-import-schema";
import { noteDocSchema } from "@/lib/validation/note";
import { PeopleResolver, resolveArticle, resolveSource } from "./import-resolvers";

export interface AnnotationImportResult {
  articlesCreated: number;
  claimsCreated: number;
  /** Claims already present (same article, same place): left as they are. */
  claimsKept: number;
  notes: number;
  sources: number;
  links: number;
  usersCreated: number;
  /** Per-annotation problems; those annotations were skipped, the rest imported. */
  problems: { annotation: string; error: string }[];
}

// Under SQLite's limit on bound parameters (about 40 columns a row).
const INSERT_SLICE = 100;

export type AnnotationImportOutcome =
  { ok: true; result: AnnotationImportResult } | { ok: false; error: string };

/** Imports a Tally Web Annotation export (a page, a collection with its first page, or an array of pages)
 * in one transaction: articles by body, people by email (unknown people come back as disabled accounts
 * that cannot sign in), then claims with their notes, sources and links. */
export function importAnnotations(
  db: Db,
  raw: unknown,
  { actorId }: { actorId: number | null },
): AnnotationImportOutcome {
  const payload = parseImportPayload(raw);
  if (!payload.ok) return payload;
  const articleEntries = new Map<string, ImportArticleEntry>();
  const annotations: ImportAnnotation[] = [];
  const problems: AnnotationImportResult["problems"] = [];
  for (const page of payload.pages) {
    for (const entry of page["tally:articles"]) articleEntries.set(entry.id, entry);
    page.items.forEach((item, index) => {
      const parsed = importAnnotationSchema.safeParse(item);
      if (parsed.success) annotations.push(parsed.data);
      else {
        const id =
          typeof (item as { id?: unknown })?.id === "string"
            ? (item as { id: string }).id
            : `item ${index + 1}`;
        const issue = parsed.error.issues[0];
        problems.push({
          annotation: id,
          error: issue ? `${issue.path.join(".") || "annotation"}: ${issue.message}` : "invalid",
        });
      }
    });
  }

  return writeTransaction(db, (tx) => {
    const result: AnnotationImportResult = {
      articlesCreated: 0,
      claimsCreated: 0,
      claimsKept: 0,
      notes: 0,
      sources: 0,
      links: 0,
      usersCreated: 0,
      problems,
    };
    const people = new PeopleResolver(tx, result);
    const articleIds = new Map<string, { id: number; body: string }>();
    const claimIdsByAnnotation = new Map<string, number>();
    const claimsPerArticle = new Map<number, number>();
    const pending: { annotation: ImportAnnotation; key: string; row: NewClaim }[] = [];
    const pendingKeys = new Set<string>();
    const sameAs: { annotationId: string; key: string }[] = [];
    // The live claims of each article the file touches, by position: one query per article.
    const existingByArticle = new Map<number, Map<string, number>>();
    const existingClaims = (articleId: number): Map<string, number> => {
      let found = existingByArticle.get(articleId);
      if (!found) {
        const rows = tx
          .select({ id: claims.id, start: claims.start, end: claims.end })
          .from(claims)
          .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
          .all();
        found = new Map(rows.map((r) => [`${articleId}:${r.start}:${r.end}`, r.id]));
        existingByArticle.set(articleId, found);
      }
      return found;
    };

    for (const annotation of annotations) {
      const article = resolveArticle(
        tx,
        annotation["tally:article"],
        articleEntries,
        articleIds,
        result,
        actorId,
      );
      if (!article) {
        problems.push({
          annotation: annotation.id,
          error: `its article (${annotation["tally:article"]}) is neither in the file nor in Tally`,
        });
        continue;
      }
      const position = annotation.target.selector.find((s) => s.type === "TextPositionSelector") as
        { start?: unknown; end?: unknown } | undefined;
      const quote = annotation.target.selector.find((s) => s.type === "TextQuoteSelector") as
        { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
      const start = Number(position?.start);
      const end = Number(position?.end);
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end <= start ||
        typeof quote?.exact !== "string"
      ) {
        problems.push({
          annotation: annotation.id,
          error: "the target needs a TextPositionSelector and a TextQuoteSelector",
        });
        continue;
      }
      if (article.body.slice(start, end) !== quote.exact) {
        problems.push({
          annotation: annotation.id,
          error: "the quoted text is not at the given position in the article",
        });
        continue;
      }
      const key = `${article.id}:${start}:${end}`;
      const existing = existingClaims(article.id).get(key);
      if (existing !== undefined || pendingKeys.has(key)) {
        // Already in Tally, or twice in the file: keep the one there is.
        if (existing !== undefined) claimIdsByAnnotation.set(annotation.id, existing);
        else sameAs.push({ annotationId: annotation.id, key });
        result.claimsKept++;
        continue;
      }
      const created = Date.parse(annotation.created);
      const modified = annotation.modified ? Date.parse(annotation.modified) : created;
      const ms = (value: string | null) => (value === null ? null : Date.parse(value));
      pendingKeys.add(key);
      pending.push({
        annotation,
        key,
        row: {
          articleId: article.id,
          start,
          end,
          numberStart: annotation["tally:numberStart"],
          numberEnd: annotation["tally:numberEnd"],
          sentenceStart: annotation["tally:sentenceStart"],
          sentenceEnd: annotation["tally:sentenceEnd"],
          quote: quote.exact,
          prefix: typeof quote.prefix === "string" ? quote.prefix : "",
          suffix: typeof quote.suffix === "string" ? quote.suffix : "",
          value: annotation["tally:value"],
          low: annotation["tally:low"],
          high: annotation["tally:high"],
          kind: annotation["tally:kind"],
          unit: annotation["tally:unit"],
          currency: annotation["tally:currency"],
          counted: annotation["tally:counted"],
          qualifier: annotation["tally:qualifier"],
          change: annotation["tally:change"] ?? null,
          from: annotation["tally:from"] ?? null,
          period: annotation["tally:period"],
          origin: annotation["tally:origin"],
          status: annotation["tally:status"],
          statusReason: annotation["tally:statusReason"],
          statusBy: people.id(annotation["tally:statusBy"]),
          statusAt: ms(annotation["tally:statusAt"]),
          verdict: annotation["tally:verdict"],
          decisionNote: annotation["tally:decisionNote"],
          decidedBy: people.id(annotation["tally:decidedBy"]),
          decidedAt: ms(annotation["tally:decidedAt"]),
          assigneeId: people.id(annotation["tally:assignee"]),
          orphanedAt: ms(annotation["tally:orphanedAt"]),
          createdBy: annotation["tally:origin"] === "auto" ? null : people.id(annotation.creator),
          createdAt: created,
          updatedAt: modified === created ? null : modified,
        },
      });
      claimsPerArticle.set(article.id, (claimsPerArticle.get(article.id) ?? 0) + 1);
    }

    // Inserted in slices: building and preparing one statement per claim was most of an import's time.
    // RETURNING's row order is not guaranteed, so rows are matched back by article and position.
    const idsByKey = new Map<string, number>();
    for (let i = 0; i < pending.length; i += INSERT_SLICE) {
      const slice = pending.slice(i, i + INSERT_SLICE);
      const rows = tx
        .insert(claims)
        .values(slice.map((p) => p.row))
        .returning({
          id: claims.id,
          articleId: claims.articleId,
          start: claims.start,
          end: claims.end,
        })
        .all();
      for (const r of rows) idsByKey.set(`${r.articleId}:${r.start}:${r.end}`, r.id);
    }
    const newClaims: { annotation: ImportAnnotation; claimId: number }[] = [];
    for (const p of pending) {
      const claimId = idsByKey.get(p.key)!;
      claimIdsByAnnotation.set(p.annotation.id, claimId);
      newClaims.push({ annotation: p.annotation, claimId });
    }
    for (const { annotationId, key } of sameAs)
      claimIdsByAnnotation.set(annotationId, idsByKey.get(key)!);
    result.claimsCreated = pending.length;

    // Bodies after all claims exist, so a link may point to a claim later in the file.
    for (const { annotation, claimId } of newClaims) {
      for (const body of annotation.body) {
        if (!body) continue;
        if (body.type === "TextualBody") {
          if (body.purpose !== "commenting") continue; // status and dispute bodies restate the tally: fields
          const authorId = people.id(body.creator) ?? actorId;
          if (authorId === null) {
            problems.push({ annotation: annotation.id, error: "a note has no author" });
            continue;
          }
          const noteCreated = body.created ? Date.parse(body.created) : Date.now();
          const noteModified = body.modified ? Date.parse(body.modified) : noteCreated;
          // Notes are rendered from their JSON: only documents the editor could have made are stored.
          const doc = noteDocSchema.safeParse(body["tally:doc"]);
          const fallback = noteDocSchema.safeParse(plainDoc(body.value));
          const safeDoc = doc.success ? doc.data : fallback.success ? fallback.data : null;
          if (!safeDoc) {
            problems.push({ annotation: annotation.id, error: "a note is empty" });
            continue;
          }
          tx.insert(notes)
            .values({
              claimId,
              authorId,
              docJson: JSON.stringify(safeDoc),
              plainText: body.value,
              createdAt: noteCreated,
              updatedAt: noteModified === noteCreated ? null : noteModified,
            })
            .run();
          result.notes++;
        } else if ("tally:source" in body) {
          const sourceId = resolveSource(tx, body["tally:source"], people.id(body.creator));
          if (sourceId === null) {
            problems.push({
              annotation: annotation.id,
              error: `a source's URL is not an http(s) address: ${body["tally:source"].url}`,
            });
            continue;
          }
          const inserted = tx
            .insert(claimSources)
            .values({
              claimId,
              sourceId,
              stance: body["tally:stance"],
              locator: body["tally:locator"],
              createdBy: people.id(body.creator),
              ...(body.created ? { createdAt: Date.parse(body.created) } : {}),
            })
            .onConflictDoNothing()
            .run();
          result.sources += inserted.changes;
        } else {
          const toClaimId = claimIdsByAnnotation.get(body.source);
          if (toClaimId === undefined) {
            problems.push({
              annotation: annotation.id,
              error: `a link points to ${body.source}, which is not in the file`,
            });
            continue;
          }
          const inserted = tx
            .insert(claimLinks)
            .values({
              fromClaimId: claimId,
              toClaimId,
              relation: body["tally:relation"],
              createdBy: people.id(body.creator),
              ...(body.created ? { createdAt: Date.parse(body.created) } : {}),
            })
            .onConflictDoNothing()
            .run();
          result.links += inserted.changes;
        }
      }
    }
    for (const [articleId, count] of claimsPerArticle) {
      appendAudit(tx, {
        actorId,
        entity: "article",
        entityId: articleId,
        action: "annotations.imported",
        after: { claims: count },
      });
    }
    return { ok: true as const, result };
  });
}

function plainDoc(text: string) {
  return {
    type: "doc",
    content: text
      .split("\n")
      .map((line) => ({ type: "paragraph", content: line ? [{ type: "text", text: line }] : [] })),
  };
}
