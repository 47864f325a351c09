import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { claims } from "@/db/schema";
import { importArticle } from "@/db/services/import-article";
import { redetectArticle } from "./claim-redetect";

let db: Db;
let close: () => void;

beforeEach(() => {
  ({ db, close } = createTestDb());
});
afterEach(() => {
  close();
});

const BODY = [
  "Exports rose 4.1% to $212 million in the quarter, the agency said.",
  "The port handled 8,300 containers, and tens of thousands of workers struck.",
  "The minister visited on Monday.",
].join("\n\n");

function importBody(): number {
  const outcome = importArticle(db, { title: "Trade", body: BODY }, { actorId: null });
  if (outcome.status !== "created") throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.articleId;
}

const quoteOf = (articleId: number) =>
  db
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .all();

describe("redetectArticle", () => {
  it("adds what an older detector missed, refreshes untouched claims, flags vanished ones and keeps work", () => {
    const articleId = importBody();
    const all = quoteOf(articleId);
    const byQuote = (text: string) => all.find((c) => c.quote.includes(text))!;
    // As an older detector left them: one figure missed, one read without its direction,
    // one reviewed, and one "claim" on a word the detector no longer reads as a figure.
    const missed = byQuote("8,300");
    db.delete(claims).where(eq(claims.id, missed.id)).run();
    const stale = byQuote("4.1%");
    db.update(claims).set({ change: null }).where(eq(claims.id, stale.id)).run();
    const reviewed = byQuote("$212");
    db.update(claims)
      .set({ status: "verified", change: null, counted: "edited by a checker" })
      .where(eq(claims.id, reviewed.id))
      .run();
    const mondayStart = BODY.indexOf("Monday");
    const [ghost] = db
      .insert(claims)
      .values({
        articleId,
        start: mondayStart,
        end: mondayStart + 6,
        numberStart: mondayStart,
        numberEnd: mondayStart + 6,
        sentenceStart: mondayStart,
        sentenceEnd: mondayStart + 6,
        quote: "Monday",
        value: 1,
      })
      .returning()
      .all();

    const first = redetectArticle(db, { articleId, actorId: null });
    expect(first).toMatchObject({ added: 1, refreshed: 1, flagged: 1, unflagged: 0 });

    const after = quoteOf(articleId);
    expect(after.find((c) => c.quote.includes("8,300"))?.value).toBe(8300);
    expect(after.find((c) => c.id === stale.id)?.change).toBe("up");
    const kept = after.find((c) => c.id === reviewed.id)!;
    expect(kept.status).toBe("verified");
    expect(kept.counted).toBe("edited by a checker");
    const flagged = after.find((c) => c.id === ghost!.id)!;
    expect(flagged.orphanedAt).not.toBeNull();

    const second = redetectArticle(db, { articleId, actorId: null });
    expect(second).toMatchObject({ added: 0, refreshed: 0, flagged: 0, unflagged: 0 });
    expect(quoteOf(articleId)).toHaveLength(after.length);
  });

  it("an import stores each claim's direction of change and starting level", () => {
    const articleId = importBody();
    const rose = quoteOf(articleId).find((c) => c.quote.includes("4.1%"))!;
    expect(rose.change).toBe("up");
    const outcome = importArticle(
      db,
      { title: "Rates", body: "Inflation eased from 3.1% to 2.9% in May." },
      { actorId: null },
    );
    if (outcome.status !== "created") throw new Error("import failed");
    const level = quoteOf(outcome.articleId).find((c) => c.quote.includes("2.9%"))!;
    expect([level.change, level.from]).toEqual(["down", 3.1]);
  });

  it("returns null for an article that does not exist", () => {
    expect(redetectArticle(db, { articleId: 999, actorId: null })).toBeNull();
  });
});
