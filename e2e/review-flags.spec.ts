import { test, expect, signInAs } from "./fixtures";

const ARTICLE_1114 = "1,114 civilians killed by US coalition raids in Iraq and Syria since 2014";

test("the editors' queue lists the inconsistency Tally found in a seed article", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "Review queue" }).click();
  const flags = page.getByTestId("review-flags");
  await expect(flags.getByRole("heading", { name: /Found by Tally/ })).toBeVisible();
  // Other specs import articles too: narrow the queue to the seed article.
  await page.getByLabel("Article").selectOption({ label: ARTICLE_1114 });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const item = flags.locator('li[data-flag-kind="inconsistency"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("1,114 and 1,144");
  await item.getByRole("link", { name: ARTICLE_1114 }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ARTICLE_1114);
});
