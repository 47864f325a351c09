import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { articles, auditEvents, claims, notes, users } from "@/db/schema";
import { importArticle } from "./import-article";
import { importItems } from "./import-batch";
import { itemsFromFile } from "@/lib/import/files";

let db: Db;
let close: () => void;

beforeEach(() => {
  ({ db, close } = createTestDb());
});
afterEach(() => {
  close();
});

const URL = "https://news.example/floods";
const BODY = [
  "The floods displaced 4,200 families in March, the ministry said.",
  "Repairs will cost at least $12 million, officials estimate.",
  "Some 300 schools remain closed.",
].join("\n\n");

function liveClaims(articleId: number) {
  return db.select().from(claims).where(eq(claims.articleId, articleId)).all();
}

describe("importArticle", () => {
  it("creates an article with its detected claims and an audit event", () => {
    const outcome = importArticle(db, { title: "Floods", url: URL, body: BODY }, { actorId: null });
    expect(outcome.status).toBe("created");
    if (outcome.status !== "created") return;
    expect(outcome.claimCount).toBeGreaterThanOrEqual(3);
    const stored = liveClaims(outcome.articleId);
    expect(stored.map((c) => c.quote).join(" | ")).toContain("4,200");
    const body = db.select().from(articles).get()!.body;
    for (const c of stored) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((e) => e.action),
    ).toContain("article.imported");
  });

  it("reports the same body again as a duplicate, whatever its spacing or URL", () => {
    const first = importArticle(db, { title: "Floods", url: URL, body: BODY }, { actorId: null });
    const again = importArticle(
      db,
      { title: "Floods", body: BODY.replace(/ /g, "  ") },
      { actorId: null },
    );
    const sameUrl = importArticle(db, { title: "Floods", url: URL, body: BODY }, { actorId: null });
    expect(again.status).toBe("duplicate");
    expect(sameUrl.status).toBe("duplicate");
    expect(
      first.status === "created" &&
        again.status === "duplicate" &&
        again.articleId === first.articleId,
    ).toBe(true);
    expect(db.select().from(articles).all()).toHaveLength(1);
  });

  it("updates the article when the same URL comes with a changed body, keeping reviewers' work", () => {
    const first = importArticle(db, { title: "Floods", url: URL, body: BODY }, { actorId: null });
    if (first.status !== "created") throw new Error("not created");
    const user = db
      .insert(users)
      .values({ email: "c@x.test", name: "C", role: "checker", passwordHash: "x" })
      .returning()
      .get();
    const before = liveClaims(first.articleId);
    const families = before.find((c) => c.quote.includes("4,200"))!;
    const schools = before.find((c) => c.quote.includes("300"))!;
    const cost = before.find((c) => c.quote.includes("12 million"))!;
    db.update(claims).set({ status: "verified" }).where(eq(claims.id, families.id)).run();
    db.insert(notes)
      .values({
        claimId: schools.id,
        authorId: user.id,
        docJson: "{}",
        plainText: "checked with the ministry",
      })
      .run();

    // A paragraph added before, the schools sentence rewritten, the cost sentence unchanged.
    const changed = [
      "Update: rain continues.",
      BODY.replace("Some 300 schools remain closed.", "All schools have reopened."),
    ].join("\n\n");
    const outcome = importArticle(
      db,
      { title: "Floods (updated)", url: URL, body: changed },
      { actorId: user.id },
    );
    expect(outcome.status).toBe("updated");
    if (outcome.status !== "updated") return;
    expect(outcome.articleId).toBe(first.articleId);

    const article = db.select().from(articles).where(eq(articles.id, first.articleId)).get()!;
    expect(article.version).toBe(2);
    expect(article.title).toBe("Floods (updated)");
    const after = liveClaims(first.articleId);
    const movedFamilies = after.find((c) => c.id === families.id)!;
    expect(movedFamilies.status).toBe("verified");
    expect(article.body.slice(movedFamilies.start, movedFamilies.end)).toBe(movedFamilies.quote);
    expect(movedFamilies.start).toBe(families.start + "Update: rain continues.\n\n".length);
    const orphan = after.find((c) => c.id === schools.id)!;
    expect(orphan.orphanedAt).not.toBeNull();
    // The untouched cost claim is either refreshed in place or replaced by a fresh detection, never duplicated.
    const costClaims = after.filter((c) => c.quote.includes("12 million"));
    expect(costClaims).toHaveLength(1);
    expect(article.body.slice(costClaims[0]!.start, costClaims[0]!.end)).toBe(costClaims[0]!.quote);
    expect(cost.id).toBeGreaterThan(0);
    const actions = db
      .select()
      .from(auditEvents)
      .all()
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["article.reimported", "claim.reanchored", "claim.orphaned"]),
    );
  });

  it("fails with a reason and writes nothing for an invalid article", () => {
    const outcome = importArticle(
      db,
      { title: "x", url: "not a url", body: BODY },
      { actorId: null },
    );
    expect(outcome).toMatchObject({ status: "failed" });
    expect(outcome.status === "failed" && outcome.error).toMatch(/url/i);
    expect(db.select().from(articles).all()).toHaveLength(0);
  });
});

describe("importItems", () => {
  it("imports the good lines of an NDJSON batch and reports the bad ones with their line numbers", () => {
    const lines = [
      JSON.stringify({ title: "One", body: "In 2020, 1,200 people moved to the city." }),
      "{not json",
      JSON.stringify({ title: "Two", body: "The budget rose by 7% to $4 billion." }),
      JSON.stringify({ title: "Three" }),
    ];
    const summary = importItems(db, itemsFromFile("batch.ndjson", lines.join("\n")), {
      actorId: null,
    });
    expect(summary.created).toBe(2);
    expect(summary.failed).toBe(2);
    const failed = summary.results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.label)).toEqual(["batch.ndjson line 2", "batch.ndjson line 4"]);
    expect(db.select().from(articles).all()).toHaveLength(2);
  });
});
