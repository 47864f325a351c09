import { test, expect, signInAs } from "./fixtures";

test("the editors' queue lists the inconsistency Tally found in a seed article", async ({ page }) => {
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "Review queue" }).click();
  const flags = page.getByTestId("review-flags");
  await expect(flags.getByRole("heading", { name: /Found by Tally/ })).toBeVisible();
  const item = flags.locator('li[data-flag-kind="inconsistency"]').filter({ hasText: "1,114" });
  await expect(item).toContainText("1,144");
  await item.getByRole("link", { name: /^1,114 civilians killed/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1,114 civilians killed by US coalition raids");
});
