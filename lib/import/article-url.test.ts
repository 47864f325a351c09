import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { articles } from "@/db/schema";
import { cleanArticleText } from "./clean";
import { importArticle } from "@/db/services/import-article";

const URL = "https://news.example/floods";
const TEXT = "The floods displaced 4,200 families in March, the ministry said.";

describe("an article's URL comes only from its header lines or the URL field", () => {
  it("takes a link line above the text as the URL", () => {
    const cleaned = cleanArticleText(`Floods\n\n${URL}\n\n${TEXT}`);
    expect(cleaned.url).toBe(URL);
    expect(cleaned.removed.find((r) => r.text === URL)?.rule).toBe("header link");
  });

  it("removes a bare link line in the body but does not take it as the URL", () => {
    const cleaned = cleanArticleText(
      `Floods\n\n${TEXT}\n\n${URL}\n\nSome 300 schools remain closed.`,
    );
    expect(cleaned.url).toBeUndefined();
    expect(cleaned.body).not.toContain(URL);
    expect(cleaned.removed.find((r) => r.text === URL)?.rule).toBe("bare link");
  });
});

describe("importing never lets a link in the text replace another article", () => {
  let db: Db;
  let close: () => void;
  beforeEach(() => {
    ({ db, close } = createTestDb());
  });
  afterEach(() => {
    close();
  });

  const stored = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!;

  it("keeps the existing article when another import's text carries its URL", () => {
    const original = importArticle(
      db,
      { title: "Floods", url: URL, body: TEXT },
      { actorId: null },
    );
    const other = importArticle(
      db,
      { body: `Another story\n\n${URL}\n\nThe storm cut power to 12,000 homes.` },
      { actorId: null },
    );
    const inBody = importArticle(
      db,
      { title: "Third", body: `Rain fell for 3 days.\n\n${URL}\n\nRivers rose 2 metres.` },
      { actorId: null },
    );
    expect(original.status).toBe("created");
    expect(other.status).toBe("created");
    expect(inBody.status).toBe("created");
    if (original.status !== "created") return;
    expect(stored(original.articleId)).toMatchObject({
      title: "Floods",
      body: TEXT,
      url: URL,
      version: 1,
    });
    expect(db.select().from(articles).all()).toHaveLength(3);
    if (inBody.status === "created") expect(stored(inBody.articleId).url).toBeNull();
  });

  it("still updates the article when the URL field names it", () => {
    const original = importArticle(
      db,
      { title: "Floods", url: URL, body: TEXT },
      { actorId: null },
    );
    const update = importArticle(
      db,
      { title: "Floods", url: URL, body: `${TEXT} Some 300 schools remain closed.` },
      { actorId: null },
    );
    expect(update.status).toBe("updated");
    if (original.status === "created") expect(stored(original.articleId).version).toBe(2);
  });

  it("never updates an article whose URL was read from its own text, even from the URL field", () => {
    const pasted = importArticle(db, { body: `Floods\n\n${URL}\n\n${TEXT}` }, { actorId: null });
    expect(pasted.status).toBe("created");
    if (pasted.status !== "created") return;
    expect(stored(pasted.articleId)).toMatchObject({ url: URL, urlFromText: true });
    // The page itself, imported later under its address: a new article, the pasted one untouched.
    const fromField = importArticle(
      db,
      { title: "Floods at the source", url: URL, body: `${TEXT} Some 300 schools remain closed.` },
      { actorId: null },
    );
    expect(fromField.status).toBe("created");
    expect(stored(pasted.articleId)).toMatchObject({ title: "Floods", body: TEXT, version: 1 });
    // From then on the article stored under its field URL is the one re-imports update.
    const again = importArticle(
      db,
      { title: "Floods at the source", url: URL, body: `${TEXT} Some 310 schools remain closed.` },
      { actorId: null },
    );
    expect(again.status).toBe("updated");
    if (fromField.status === "created" && again.status === "updated")
      expect(again.articleId).toBe(fromField.articleId);
    expect(stored(pasted.articleId).version).toBe(1);
  });
});
