import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importArticle } from "@/db/services/import-article";
import { notes } from "@/db/schema";
import { exportAllPages } from "@/db/queries/annotation-collection";
import { importAnnotations } from "@/db/services/annotation-import";
import type { AnnotationPage } from "./annotation-model";
import { emptyDb, seedExportFixture } from "@/tests/export-fixture";

const BASE = "https://tally.example";

/** Ids differ between databases; everything else must come back the same. */
function withoutIds(pages: AnnotationPage[]): unknown {
  const annotationIds = new Map<string, string>();
  const articleIds = new Map<string, string>();
  pages.flatMap((p) => p.items).forEach((a, i) => annotationIds.set(a.id, `annotation-${i}`));
  pages
    .flatMap((p) => p["tally:articles"])
    .forEach((a) => articleIds.set(a.id, articleIds.get(a.id) ?? `article-${articleIds.size}`));
  const json = JSON.stringify(
    pages.map((p) => ({ items: p.items, articles: p["tally:articles"] })),
    (_key, value: unknown) => {
      if (typeof value !== "string") return value;
      return (
        annotationIds.get(value) ??
        articleIds.get(value) ??
        value.replace(/^urn:tally:(article|source):\d+$/, "urn:tally:$1:N")
      );
    },
  );
  return JSON.parse(json);
}

describe("Web Annotation round trip", () => {
  const source = seedExportFixture();
  const target = emptyDb();
  afterAll(() => {
    source.close();
    target.close();
  });

  it("an export imported into an empty database exports the same", () => {
    const first = exportAllPages(source.db, { base: BASE, limit: 4 });
    // Through JSON, as it would travel.
    const outcome = importAnnotations(target.db, JSON.parse(JSON.stringify(first)), {
      actorId: null,
    });
    expect(outcome).toMatchObject({
      ok: true,
      result: {
        articlesCreated: 2,
        claimsCreated: 6,
        notes: 2,
        sources: 2,
        links: 2,
        usersCreated: 2,
        problems: [],
      },
    });
    const second = exportAllPages(target.db, { base: BASE, limit: 4 });
    expect(second.flatMap((p) => p.items)).toHaveLength(6);
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it("importing the same export again keeps the claims instead of duplicating them", () => {
    const pages = exportAllPages(source.db, { base: BASE, limit: 100 });
    const outcome = importAnnotations(target.db, pages, { actorId: null });
    expect(outcome).toMatchObject({
      ok: true,
      result: { articlesCreated: 0, claimsCreated: 0, claimsKept: 6 },
    });
  });

  it("reports annotations it cannot place and imports the rest", () => {
    const fresh = emptyDb();
    const [page] = exportAllPages(source.db, { base: BASE, limit: 100 });
    const items = page!.items.map((a, i) =>
      i === 0
        ? {
            ...a,
            target: {
              ...a.target,
              selector: [{ ...a.target.selector[0], exact: "not there" }, a.target.selector[1]],
            },
          }
        : a,
    );
    const outcome = importAnnotations(fresh.db, { ...page, items }, { actorId: null });
    expect(outcome.ok && outcome.result.claimsCreated).toBe(5);
    expect(outcome.ok && outcome.result.problems.map((p) => p.error)).toContain(
      "the quoted text is not at the given position in the article",
    );
    fresh.close();
  });

  it("stores only safe note documents and http(s) article URLs", () => {
    const fresh = emptyDb();
    const [page] = exportAllPages(source.db, { base: BASE, limit: 100 });
    const hostileDoc = { type: "doc", content: [{ type: "script", text: "alert(1)" }] };
    const items = page!.items.map((a) => ({
      ...a,
      body: a.body.map((b) => (b.purpose === "commenting" ? { ...b, "tally:doc": hostileDoc } : b)),
    }));
    const outcome = importAnnotations(fresh.db, { ...page, items }, { actorId: null });
    expect(outcome).toMatchObject({ ok: true, result: { notes: 2 } });
    const docs = fresh.db
      .select({ docJson: notes.docJson })
      .from(notes)
      .all()
      .map((n) => n.docJson);
    expect(docs.join()).not.toContain("script");
    expect(JSON.parse(docs[0]!)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Asked the council press office." }] },
      ],
    });

    const articles = page!["tally:articles"].map((a) => ({
      ...a,
      "tally:url": "javascript:alert(1)",
    }));
    const refused = importAnnotations(
      emptyDb().db,
      { ...page, "tally:articles": articles },
      { actorId: null },
    );
    expect(refused).toEqual({
      ok: false,
      error: expect.stringContaining("an article URL must be a full http(s) address"),
    });
    fresh.close();
  });

  it("refuses something that is not a Tally export", () => {
    const fresh = emptyDb();
    expect(importAnnotations(fresh.db, { hello: "world" }, { actorId: null })).toMatchObject({
      ok: false,
    });
    fresh.close();
  });
});

describe("Web Annotation round trip on the seed articles", () => {
  it("every claim the detector finds in the seeds survives export and re-import", () => {
    const source = emptyDb();
    const target = emptyDb();
    const dir = path.join(process.cwd(), "seeds");
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
      articles: Record<string, Record<string, unknown>>;
    };
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const outcome = importArticle(
        source.db,
        { body: fs.readFileSync(path.join(dir, file), "utf8"), ...manifest.articles[file] },
        { actorId: null },
      );
      expect(outcome.status).toBe("created");
    }
    const first = exportAllPages(source.db, { base: BASE, limit: 25 });
    const claimCount = first.reduce((n, p) => n + p.items.length, 0);
    expect(claimCount).toBeGreaterThan(20);
    const outcome = importAnnotations(target.db, JSON.parse(JSON.stringify(first)), {
      actorId: null,
    });
    expect(outcome).toMatchObject({
      ok: true,
      result: { articlesCreated: 5, claimsCreated: claimCount, problems: [] },
    });
    expect(withoutIds(exportAllPages(target.db, { base: BASE, limit: 25 }))).toEqual(
      withoutIds(first),
    );
    source.close();
    target.close();
  });
});
