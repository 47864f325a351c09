import type { Locator } from "@playwright/test";
import { importArticle } from "@/db/services/import-article";
import { actorFor, openAppDb } from "./app-db";
import { test, expect, signInAs } from "./fixtures";
import { ImportPage } from "./pages/import-page";

/** Broken details of a working day (#19) that had no test of their own: each would fail as it was. */

const SUFFIX = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 6);

test("an article with no claims does not ask to choose one", async ({ page }) => {
  const app = openAppDb();
  let articleId: number;
  try {
    const outcome = importArticle(
      app.db,
      {
        title: `Quiet harbour ${SUFFIX}`,
        outlet: "Harbour Wire",
        body: "The harbour was calm all week and the ferries ran on time.\n\nNobody expects a change soon.",
      },
      { actorId: actorFor(app.db, "admin").id },
    );
    if (outcome.status !== "created") throw new Error(JSON.stringify(outcome));
    articleId = outcome.articleId;
  } finally {
    app.close();
  }
  await signInAs(page, "checker");
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-body")).toContainText("The harbour was calm");
  await expect(page.getByTestId("article-body").locator("mark.claim")).toHaveCount(0);
  await expect(page.getByText(/Choose a claim/)).toHaveCount(0);
});

/** Words of `cell` that the layout split over two lines (a word in the middle broken). */
async function brokenWords(cell: Locator): Promise<string[]> {
  return cell.evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/[^\s]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

test("the batch result table wraps between words, never inside one, on a phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "admin");
  const importPage = new ImportPage(page);
  await importPage.goto();
  const lines = [
    JSON.stringify({
      title: `Reservoir levels recovered after the unusually wet spring ${SUFFIX}`,
      outlet: "Valley Courier",
      body: "Engineers measured 84 percent capacity in the northern reservoir during April.",
    }),
    JSON.stringify({ title: "Nothing to read", url: "https://batch.example/nothing" }),
  ];
  await importPage.upload([
    {
      name: "words.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(lines.join("\n")),
    },
  ]);
  await expect(importPage.done).toContainText("1 imported", { timeout: 60_000 });
  const cells = importPage.results.locator("tbody td");
  expect(await cells.count()).toBeGreaterThan(0);
  const broken: string[] = [];
  for (const cell of await cells.all()) broken.push(...(await brokenWords(cell)));
  expect(broken).toEqual([]);
});
