import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../index";
import { articles, claims, users } from "../schema";

export interface ClaimReviewRow {
  id: number;
  quote: string;
  /** The claim's offsets inside `sentence`. */
  quoteStart: number;
  quoteEnd: number;
  sentence: string;
  verdict: string | null;
  decisionNote: string | null;
  decidedAt: number | null;
  editorName: string | null;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** A decided, live claim with its sentence (cut in SQL, so the article body never leaves the database). */
export function getDecidedClaimForReview(
  db: Db,
  { id }: { id: number },
): ClaimReviewRow | undefined {
  const row = db
    .select({
      id: claims.id,
      quote: claims.quote,
      start: claims.start,
      end: claims.end,
      sentenceStart: claims.sentenceStart,
      sentence: sql<string>`substr(${articles.body}, ${claims.sentenceStart} + 1, ${claims.sentenceEnd} - ${claims.sentenceStart})`,
      verdict: claims.verdict,
      decisionNote: claims.decisionNote,
      decidedAt: claims.decidedAt,
      editorName: users.name,
      articleId: articles.id,
      articleTitle: articles.title,
      outlet: articles.outlet,
      articleUrl: articles.url,
      publishedAt: articles.publishedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(users, eq(users.id, claims.decidedBy))
    .where(and(eq(claims.id, id), eq(claims.status, "decided"), isNull(claims.deletedAt)))
    .get();
  if (!row) return undefined;
  const { start, end, sentenceStart, ...rest } = row;
  const inside = start >= sentenceStart && end - sentenceStart <= row.sentence.length;
  return {
    ...rest,
    sentence: inside ? row.sentence : row.quote,
    quoteStart: inside ? start - sentenceStart : 0,
    quoteEnd: inside ? end - sentenceStart : row.quote.length,
  };
}
