import { test, expect, signInAs } from "./fixtures";
import { FIXTURE_ORIGIN } from "./env";

test("an admin adds feeds; the background reader imports new items, a broken feed shows its error", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin");
  await page.goto("/admin/feeds");
  const addForm = page.getByRole("form", { name: "Add a feed" });
  const feeds = {
    good: `${FIXTURE_ORIGIN}/feeds/e2e-wharf.rss?n=2`,
    broken: `${FIXTURE_ORIGIN}/feeds/malformed.xml`,
  };
  for (const url of [feeds.broken, feeds.good]) {
    await addForm.getByLabel("Feed address").fill(url);
    await addForm.getByLabel("Read").selectOption({ label: "every 15 minutes" });
    await addForm.getByRole("button", { name: "Add feed" }).click();
    await expect(addForm.getByRole("status")).toHaveText(/Feed added/);
  }
  // No "read now" here: the background reader (every 2 s in tests) does it.
  const row = (url: string) => page.getByTestId("feed-row").filter({ hasText: url });
  await expect(async () => {
    await page.reload();
    await expect(row(feeds.good).getByRole("cell").nth(3)).toHaveText("2", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(row(feeds.good)).toContainText("Feed e2e-wharf");
  await expect(row(feeds.good)).toContainText("none");
  await expect(row(feeds.broken)).toContainText(/The feed is not well-formed XML \(line \d+/);
  await expect(row(feeds.broken).getByRole("cell").nth(3)).toHaveText("0");

  await page.goto("/");
  await expect(page.getByRole("link", { name: /^Harbour report e2e-wharf-1/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Harbour report e2e-wharf-2/ })).toBeVisible();

  // Paused: the row says so; removed: the row is gone, the articles stay.
  await page.goto("/admin/feeds");
  await row(feeds.broken)
    .getByRole("button", { name: /^Pause/ })
    .click();
  await expect(row(feeds.broken)).toContainText("paused");
  page.once("dialog", (d) => void d.accept());
  await row(feeds.broken)
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expect(row(feeds.broken)).toHaveCount(0);
});
