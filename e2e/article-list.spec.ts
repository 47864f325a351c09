import { importArticle } from "@/db/services/import-article";
import { actorFor, openAppDb } from "./app-db";
import { test, expect, signInAs } from "./fixtures";

/** The article list: search by title, outlet or figure, filters, and keyset pages forward and back. */

const TOKEN = `Gazette${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 6)}`;
const OUTLET = `${TOKEN} Weekly`;
const COUNT = 27;
const title = (i: number) => `${TOKEN} bulletin no. ${String(i).padStart(2, "0")}`;
// A figure only the first bulletin carries, never in any title.
const FIGURE = "48,213";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const app = openAppDb();
  try {
    const actorId = actorFor(app.db, "admin").id;
    for (let i = 0; i < COUNT; i++) {
      const outcome = importArticle(
        app.db,
        {
          title: title(i),
          outlet: OUTLET,
          // Old dates, one a day: newest (the last made) first, and after every other dated article.
          publishedAt: `1990-01-${String(i + 1).padStart(2, "0")}`,
          body:
            i === 0
              ? `The river authority in ${TOKEN} counted ${FIGURE} sandbags along the banks.`
              : `The ${TOKEN} council counted ${100 + i} street lamps in bulletin ${i}.`,
        },
        { actorId, suggestions: false },
      );
      if (outcome.status !== "created")
        throw new Error(`bulletin ${i}: ${JSON.stringify(outcome)}`);
    }
  } finally {
    app.close();
  }
});

test("search by title finds the one article, and says so when nothing matches", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await page.getByLabel("Search articles").fill(`${TOKEN} bulletin no. 07`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  const table = page.getByRole("table", { name: "Articles" });
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByRole("link", { name: title(7) })).toBeVisible();

  await page.getByLabel("Search articles").fill(`${TOKEN} no such bulletin`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("No article matches this search.");
});

test("search by a figure as the article writes it finds the article that carries it", async ({
  page,
}) => {
  await signInAs(page, "checker");
  for (const typed of [FIGURE, FIGURE.replace(",", "")]) {
    await page.getByLabel("Search articles").fill(typed);
    await page.getByRole("button", { name: "Search" }).click();
    const table = page.getByRole("table", { name: "Articles" });
    await expect(table.locator("tbody tr")).toHaveCount(1);
    await expect(table.getByRole("link", { name: title(0) })).toBeVisible();
  }
});

test("an outlet's articles page forward and back by keyset, none lost or repeated", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await page.getByLabel("Outlet").selectOption(OUTLET);
  await page.getByLabel("Per page").selectOption("25");
  await page.getByRole("button", { name: "Search" }).click();
  const table = page.getByRole("table", { name: "Articles" });
  const titles = () => table.locator("tbody tr td:first-child").allTextContents();
  await expect(table.locator("tbody tr")).toHaveCount(25);
  const first = await titles();
  expect(first[0]).toBe(title(COUNT - 1));
  await expect(page.getByRole("link", { name: "← Previous page" })).toHaveCount(0);

  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/after=\d+/);
  await expect(table.locator("tbody tr")).toHaveCount(COUNT - 25);
  const second = await titles();
  expect([...first, ...second]).toEqual(
    Array.from({ length: COUNT }, (_, i) => title(COUNT - 1 - i)),
  );
  await expect(page.getByRole("link", { name: "Next page →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Previous page" }).click();
  await expect(page).toHaveURL(/before=\d+/);
  await expect(table.locator("tbody tr")).toHaveCount(25);
  expect(await titles()).toEqual(first);
  await expect(page.getByRole("link", { name: "← Previous page" })).toHaveCount(0);
});

test("a bad address answers a plain message, not an error page", async ({ page }) => {
  await signInAs(page, "checker");
  for (const [query, message] of [
    ["?after=abc", "This page address is not valid"],
    ["?after=99999999", "That page is no longer there"],
    ["?state=everything", "The filter must be one of"],
  ] as const) {
    const response = await page.goto(`/${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole("link", { name: "Show all articles" })).toBeVisible();
  }
});
