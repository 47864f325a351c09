import { test, expect, signInAs } from "./fixtures";
import { FIXTURE_ORIGIN } from "./env";
import { actorFor, openAppDb } from "./app-db";
import { addFeed } from "@/db/services/feeds";
import { ArticlePage } from "./pages/article-page";
import { AlertsPage } from "./pages/alerts-page";

const SEED_1370 = "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq";
const FOLLOW_UP = "Civilian toll of the US-led air campaign rises again";

test("a feed item giving a checked seed figure a new value raises an alert an editor resolves by linking the two", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A checker verifies the seed story's 1,370 in its lead sentence: a checked figure is watched.
  await signInAs(page, "checker");
  const article = new ArticlePage(page);
  await article.open(SEED_1370);
  // The lead's 1,370 is the first highlight of it in the text (the quote further down is the second).
  await article.mark("at least 1,370 civilians").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("v");
  await expect(article.status).toHaveText("Verified");
  await expect(article.panel.getByTestId("watch-state")).toHaveText("Watched");

  // A feed whose one item says the toll is now 1,500; the background reader and worker do the rest.
  const app = openAppDb();
  try {
    addFeed(app.db, actorFor(app.db, "admin"), {
      url: `${FIXTURE_ORIGIN}/feeds/follow-ups.rss?run=${Date.now()}`,
      intervalMinutes: 1440,
    });
  } finally {
    app.close();
  }

  await page.context().clearCookies();
  await signInAs(page, "editor");
  const desk = new AlertsPage(page);
  await expect(async () => {
    await desk.goto();
    await expect(desk.card(FOLLOW_UP)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(desk.count).toHaveText(/^Alerts [1-9]/);
  const card = desk.card(FOLLOW_UP);
  await expect(card.getByTestId("alert-new")).toContainText("1,500");
  await expect(card.getByTestId("alert-new")).toContainText("Harbour Gazette");
  await expect(card.getByTestId("alert-watched")).toContainText("1,370");
  await expect(card.getByTestId("alert-watched")).toContainText("verified");
  const before = Number((await desk.count.textContent())!.replace(/\D/g, ""));

  // The banner on the new article names the pair.
  await card.getByTestId("alert-new").getByRole("link", { name: FOLLOW_UP }).click();
  await page.waitForURL(/\/articles\/\d+/);
  const followUpUrl = page.url().replace(/#.*$/, "");
  await expect(page.getByTestId("alert-banner")).toContainText("1,500");
  await expect(page.getByTestId("alert-banner")).toContainText("1,370");

  // Back on the desk: open the pair, link with one key, the alert closes.
  await desk.goto();
  await desk.card(FOLLOW_UP).click();
  await page.keyboard.press("l");
  await expect(desk.message).toContainText("the alert is closed");
  await expect(desk.card(FOLLOW_UP)).toHaveCount(0);
  await expect(desk.count).toHaveText(`Alerts ${before - 1}`);

  // The two figures are linked, and the new article no longer shows the alert.
  await page.goto(followUpUrl);
  await expect(page.getByTestId("alert-banner")).toHaveCount(0);
  await article.mark("at least 1,500 civilians").focus();
  await page.keyboard.press("Enter");
  await expect(article.panel.getByTestId("claim-links")).toContainText("1,370");
});
