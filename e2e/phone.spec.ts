import type { Page } from "@playwright/test";
import { createApiKey } from "@/db/services/api-keys";
import { addFeed } from "@/db/services/feeds";
import { actorFor, openAppDb, userByEmail } from "./app-db";
import { FIXTURE_ORIGIN } from "./env";
import { test, expect, signInAs, demoEmail } from "./fixtures";

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
  const widths = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
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

test("on a phone the queue's filters fold behind one button, so the first claim is near the top", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await page.goto("/review?age=30d%2B");
  const filters = page.getByRole("button", { name: "Filters (1 on)" });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("form", { name: "Filter the queue" })).toBeHidden();
  await filters.click();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("form", { name: "Filter the queue" })).toBeVisible();
  await expect(page.getByLabel("Waiting")).toHaveValue("30d+");
  await noSidewaysScroll(page);
});

test("on a phone every list that was a wide table reads as cards, with no sideways scroll", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // A feed and an API key of this test's own, so their tables have rows to show.
  const app = openAppDb();
  try {
    const admin = actorFor(app.db, "admin");
    addFeed(app.db, admin, {
      url: `${FIXTURE_ORIGIN}/phone-${TITLE.replace(/\W/g, "")}.xml`,
      intervalMinutes: 60,
    });
    createApiKey(app.db, admin, {
      name: `Phone key for the newsroom dashboard ${TITLE}`,
      userId: userByEmail(app.db, demoEmail("checker")).id,
      scope: "read",
      expiresInDays: 30,
    });
  } finally {
    app.close();
  }
  await signInAs(page, "admin");
  for (const path of [
    "/",
    "/?q=841",
    "/?state=needs-work",
    "/review",
    "/admin/users",
    "/admin/api-keys",
    "/admin/feeds",
    "/admin/import",
    "/articles/1/assign",
    "/sources",
    "/export",
    "/timeline/1",
  ]) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }
  // The cards keep the table for assistive technology: rows and cells are still named by their headers.
  await page.goto("/admin/users");
  const users = page.getByRole("table", { name: "Users" });
  await expect(users.getByRole("columnheader", { name: "Role" })).toHaveCount(1);
  await expect(users.getByRole("row").nth(1)).toBeVisible();
});
