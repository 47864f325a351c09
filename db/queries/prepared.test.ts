import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { getArticleById } from "./articles";
import { listWorkspaceClaims } from "./claims";
import { preparedQuery } from "./prepared";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-prepared-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function dbWith(title: string, quotes: string[]) {
  const { db, sqlite } = createDb(path.join(dir, `${title}.db`));
  const body = quotes.join(" ");
  const article = sqlite
    .prepare("insert into articles (title, body, body_hash) values (?, ?, ?) returning id")
    .get(title, body, title) as { id: number };
  let at = 0;
  for (const quote of quotes) {
    sqlite
      .prepare(
        `insert into claims (article_id, start, end, number_start, number_end, sentence_start, sentence_end, quote, kind)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'count')`,
      )
      .run(article.id, at, at + quote.length, at, at + 1, at, at + quote.length, quote);
    at += quote.length + 1;
  }
  return { db, sqlite, articleId: article.id };
}

describe("preparedQuery", () => {
  it("builds a query once per database and reuses it", () => {
    let builds = 0;
    const query = preparedQuery((db) => {
      builds++;
      return db;
    });
    const a = dbWith("once", ["1 a"]);
    expect(query(a.db)).toBe(query(a.db));
    expect(builds).toBe(1);
    a.sqlite.close();
  });

  it("answers each database from its own rows, with the arguments of each call", () => {
    const a = dbWith("first", ["12 civilians", "40 homes"]);
    const b = dbWith("second", ["7 schools"]);
    expect(listWorkspaceClaims(a.db, { articleId: a.articleId }).map((c) => c.quote)).toEqual([
      "12 civilians",
      "40 homes",
    ]);
    expect(listWorkspaceClaims(b.db, { articleId: b.articleId }).map((c) => c.quote)).toEqual([
      "7 schools",
    ]);
    expect(listWorkspaceClaims(a.db, { articleId: a.articleId + 100 })).toEqual([]);
    expect(getArticleById(a.db, { id: a.articleId })?.title).toBe("first");
    expect(getArticleById(b.db, { id: b.articleId })?.title).toBe("second");
    a.sqlite.close();
    b.sqlite.close();
  });
});
