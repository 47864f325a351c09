import { expect, it } from "vitest";
import { detectClaims } from "@/lib/claims";
import { cleanArticleText } from "@/lib/import/clean";
import { parsePublishedDate } from "@/lib/import/dates";
import { bodyHash, normalizeNewlines } from "@/lib/import/normalize";
import { prepareArticle } from "@/lib/import/prepare";
import { articleInputSchema } from "@/lib/import/schema";
import { importArticleOffThread } from "@/db/services/import-batch";
import { createTestDb } from "@/tests/test-db";
import { LADDER, overBudget } from "./budget";
import { hostileDocuments, hostileLines } from "./inputs";

/** Up to the 5 MB file limit, through the ladder so a blow-up stops early. */
const DOCUMENT_LADDER = [...LADDER, 256_000, 5_000_000];
/** The detector does real work per number (parsing, units, context), so number-dense text costs up
 * to a few thousand scans; a quadratic pass over 256 KB would still be far past this. */
const DETECTOR_FACTOR = 50_000;

function importText(body: string) {
  const prepared = prepareArticle(articleInputSchema.parse({ body }));
  return detectClaims(prepared.body);
}

it('a "password" line with 3,000 spaces imports (clean + detect) in under 100 ms', () => {
  const body = `A headline\n\npassword${" ".repeat(3000)}x\n\nThe council said 12 homes flooded.`;
  importText(body); // warm up the JIT, as a running server is
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    const claims = importText(body);
    const ms = performance.now() - start;
    expect(claims.length).toBeGreaterThan(0);
    return ms;
  });
  const median = times.sort((a, b) => a - b)[1]!;
  console.log(`3,000-space line: clean + detect ${median.toFixed(2)} ms (median of 3)`);
  expect(median).toBeLessThan(100);
});

it("the same line imports through the real import (worker thread, database) in under 100 ms", async () => {
  const t = createTestDb({ onDisk: true });
  try {
    const article = (n: number) => ({
      body: `A headline ${n}\n\npassword${" ".repeat(3000)}x\n\nThe council said ${n} homes flooded.`,
    });
    // The worker starts and warms up once per server, not per article.
    await importArticleOffThread(t.db, article(1), { actorId: null, suggestions: false });
    const times: number[] = [];
    for (const n of [2, 3, 4]) {
      const start = performance.now();
      const outcome = await importArticleOffThread(t.db, article(n), {
        actorId: null,
        suggestions: false,
      });
      times.push(performance.now() - start);
      expect(outcome).toMatchObject({ status: "created", claimCount: 1 });
    }
    const median = times.sort((a, b) => a - b)[1]!;
    console.log(`3,000-space line: imported and saved in ${median.toFixed(1)} ms (median of 3)`);
    expect(median).toBeLessThan(100);
  } finally {
    t.close();
  }
}, 120_000);

it("cleaning whole documents stays linear up to 5 MB", () => {
  expect(
    overBudget(hostileDocuments, (text) => cleanArticleText(text), { ladder: DOCUMENT_LADDER }),
  ).toEqual([]);
}, 300_000);

it("preparing and detecting whole documents stays linear up to 5 MB", () => {
  expect(
    overBudget(hostileDocuments, importText, { ladder: DOCUMENT_LADDER, factor: DETECTOR_FACTOR }),
  ).toEqual([]);
}, 300_000);

it("cleaning stays linear on every hostile line inside an article", () => {
  expect(
    overBudget(
      (n) => hostileLines(n, ["x"]),
      (line) => cleanArticleText(`A headline\n\n${line}\n\nThe toll was 5.`),
    ),
  ).toEqual([]);
}, 300_000);

it("date reading and newline/hash normalisation stay linear", () => {
  const run = (text: string) => [parsePublishedDate(text), bodyHash(normalizeNewlines(text))];
  expect(overBudget((n) => hostileLines(n, ["x"]), run)).toEqual([]);
  expect(overBudget(hostileDocuments, run, { ladder: DOCUMENT_LADDER })).toEqual([]);
}, 300_000);
