import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { createTestDb } from "@/tests/test-db";
import { articles } from "@/db/schema";
import { readArticle } from "./read-article";
import { readArticleOffThread } from "./read-off-thread";
import { importItemsGradually } from "@/db/services/import-batch";
import { articleInputSchema } from "./schema";

const BODY =
  "Floods\n\nThe floods displaced 4,200 families in March.\n\nSome 300 schools remain closed.";
const HEAVY = `Heavy\n\n${"The toll rose to 1,250 people, up 5% on May 1, 2020. ".repeat(20_000)}`;

describe("reading articles in a worker thread", () => {
  it("gives the same result as reading in process", async () => {
    const input = articleInputSchema.parse({ body: BODY });
    expect(await readArticleOffThread(input)).toEqual(readArticle(input));
  }, 60_000);

  it("keeps the event loop free while a large article is read", async () => {
    const input = articleInputSchema.parse({ body: HEAVY });
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const read = await readArticleOffThread(input);
    const tookMs = performance.now() - started;
    clearInterval(timer);
    expect(read.ok).toBe(true);
    console.log(
      `1 MB article read off-thread in ${tookMs.toFixed(0)} ms; event loop ticked ${ticks} times, longest gap ${longestGap.toFixed(0)} ms`,
    );
    // Read in process, this article blocks the loop for its whole reading time.
    expect(longestGap).toBeLessThan(Math.max(250, tookMs / 4));
  }, 120_000);

  it("stops an article over its time limit with a clear message, and reads the next one", async () => {
    const slow = readArticleOffThread(articleInputSchema.parse({ body: HEAVY }), { limitMs: 50 });
    const next = readArticleOffThread(articleInputSchema.parse({ body: BODY }));
    expect(await slow).toEqual({
      ok: false,
      error: "The article took longer than 0.1 s to read; nothing was saved.",
    });
    expect((await next).ok).toBe(true);
  }, 60_000);
});

describe("a batch imported off the event loop", () => {
  let db: Db;
  let close: () => void;
  beforeAll(() => {
    ({ db, close } = createTestDb());
  });
  afterAll(() => {
    close();
  });

  it("fails only the article that ran out of time; the others are saved", async () => {
    // The limit is set from this machine's own speed (a fixed one passes the heavy article on a
    // fast machine): a tenth of the heavy article's reading time, far above a short article's.
    const heavyBody = HEAVY.repeat(4);
    const started = performance.now();
    expect((await readArticleOffThread(articleInputSchema.parse({ body: heavyBody }))).ok).toBe(
      true,
    );
    const limitMs = Math.max(100, Math.round((performance.now() - started) / 10 / 100) * 100);
    const items = [
      { ok: true as const, label: "a.txt", input: { body: BODY } },
      { ok: true as const, label: "heavy.txt", input: { body: heavyBody } },
      { ok: true as const, label: "b.txt", input: { body: BODY.replace("4,200", "5,100") } },
    ];
    const results = [];
    for await (const step of importItemsGradually(db, items, {
      actorId: null,
      suggestions: false,
      limitMs,
    }))
      results.push(step.result);
    expect(results.map((r) => [r.label, r.status])).toEqual([
      ["a.txt", "created"],
      ["heavy.txt", "failed"],
      ["b.txt", "created"],
    ]);
    expect(results[1]).toMatchObject({
      error: `The article took longer than ${limitMs / 1000} s to read; nothing was saved.`,
    });
    expect(db.select({ title: articles.title }).from(articles).all()).toHaveLength(2);
  }, 120_000);
});
