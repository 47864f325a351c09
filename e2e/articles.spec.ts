import { listArticles } from "@/db/queries/articles";
import { openAppDb } from "./app-db";
import { test, expect, signInAs } from "./fixtures";

const SEED_TITLES = [
  "Coalition: 841 civilians killed in Iraq, Syria operations till January",
  "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq",
  "Report Reveals At Least 624 Civilians Killed in U.S.-Led Strikes in Iraq and Syria",
  "1,114 civilians killed by US coalition raids in Iraq and Syria since 2014",
  "US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington",
];

test("the list shows the five seed articles, and every article once", async ({ page }) => {
  await signInAs(page, "checker");
  const table = page.getByRole("table", { name: "Articles" });
  for (const title of SEED_TITLES)
    await expect(table.getByRole("link", { name: title })).toHaveCount(1);
  // Other specs import articles of their own into the shared database: count what it holds now.
  const app = openAppDb();
  const stored = listArticles(app.db).length;
  app.close();
  expect(stored).toBeGreaterThanOrEqual(SEED_TITLES.length);
  // The first page holds up to 50 (the list pages by keyset beyond that).
  await expect(table.locator("tbody tr")).toHaveCount(Math.min(stored, 50));
});

test("the 1,370 article highlights its claims, not IDs, times or years", async ({ page }) => {
  await signInAs(page, "checker");
  await page.getByRole("link", { name: SEED_TITLES[1] }).click();
  const body = page.getByTestId("article-body");
  const marks = body.locator("mark.claim");
  await expect(marks.filter({ hasText: "1,370" }).first()).toBeVisible();
  const highlighted = await marks.allTextContents();
  for (const junk of ["265628", "0234", "2020"]) {
    expect(
      highlighted.some((t) => t.includes(junk)),
      `${junk} must not be highlighted`,
    ).toBe(false);
  }
});

test("highlights are rendered on the server, before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Sign-in needs no script either: it is a plain form post to a server action.
  await page.goto("/login");
  await page.getByLabel("Email").fill("checker@tally.test");
  await page.getByLabel("Password").fill("tally-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: SEED_TITLES[1] }).click();
  await expect(
    page.getByTestId("article-body").locator("mark.claim").filter({ hasText: "1,370" }).first(),
  ).toBeVisible();
  await context.close();
});

test("choosing a claim by keyboard selects it in the text and the list and shows its facts", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await page.getByRole("link", { name: SEED_TITLES[1] }).click();
  const mark = page
    .getByTestId("article-body")
    .locator("mark.claim")
    .filter({ hasText: "1,370" })
    .first();
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(mark).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("fact-value")).toHaveText("1,370");
  await expect(page.getByTestId("claim-list").getByRole("button", { pressed: true })).toContainText(
    "1,370",
  );
  await page.keyboard.press("j");
  await expect(mark).not.toHaveAttribute("aria-current", "true");
});
