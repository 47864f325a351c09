import type { Page } from "@playwright/test";
import { test, expect, signInAs } from "./fixtures";

import { ArticlePage } from "./pages/article-page";
import { ImportPage } from "./pages/import-page";
import { QueuePage } from "./pages/queue-page";

/** A phone (390×844): the header folds into a menu, the claim panel is a sheet over the text, the queue
 * works, and no page scrolls sideways. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const TITLE = `Harbour census ${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 8)}`;

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `no horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(widths.client);
}

test("on a phone: sign in, open an article and a claim, verify, then decide a claim in the queue", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const admin = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInAs(admin, "admin");
  const importer = new ImportPage(admin);
  await importer.goto();
  await noSidewaysScroll(admin);
  const articleId = await importer.importArticle(
    [
      TITLE,
      "",
      "The harbour office counted 412 moored boats and 38 idle cranes this spring.",
      "",
      "Port fees rose 12% while traffic fell to 1,900 ships a year.",
    ].join("\n"),
    { outlet: "Harbour Post" },
  );
  await admin.close();

  await signInAs(page, "checker");
  await noSidewaysScroll(page);
  // The header's links are behind the menu.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(nav).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
  await page.getByRole("button", { name: "Menu" }).click();

  const ws = new ArticlePage(page);
  await ws.goto(articleId);
  await noSidewaysScroll(page);
  await ws.mark("412 moored boats").tap();
  await expect(ws.panel).toBeInViewport();
  await ws.panel.getByRole("button", { name: /Verify/ }).tap();
  await expect(ws.status).toHaveText("Verified");
  await noSidewaysScroll(page);
  // The sheet closes and the text is whole again.
  await ws.panel.getByRole("button", { name: /Close/ }).tap();
  await expect(ws.panel).toHaveCount(0);

  await ws.mark("38 idle cranes").tap();
  await ws.panel.getByRole("button", { name: /Dispute/ }).tap();
  await ws.panel.getByLabel("Reason for dispute").fill("The office's list shows 36 idle cranes.");
  await ws.panel.getByRole("button", { name: "Save dispute" }).tap();
  await expect(ws.status).toHaveText("Disputed");

  for (const path of ["/", "/review", "/sources", "/export", "/account"]) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }

  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await signInAs(page, "editor");
  const queue = new QueuePage(page);
  await queue.goto();
  await noSidewaysScroll(page);
  await queue.openClaim("38 idle cranes");
  await noSidewaysScroll(page);
  await queue.uphold("Inaccurate", "The harbour office's list shows 36 idle cranes, not 38.");
  // The decided state replaces the form (and its passing "Decided" message) once the page refreshes.
  await expect(page.getByRole("heading", { name: "Verdict: Inaccurate" })).toBeVisible();
  await noSidewaysScroll(page);
});
