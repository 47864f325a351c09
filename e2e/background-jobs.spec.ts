import { test, expect, signInAs } from "./fixtures";
import { listJobsByKey } from "@/db/jobs/queue";
import { suggestionsKey } from "@/db/jobs/follow-ups";
import { openAppDb } from "./app-db";

const story = (town: string, outlet: string) =>
  [
    `Floods in ${town} displaced 4,375 households this week, the regional relief agency said on Tuesday.`,
    `Volunteers from ${outlet} counted shelters across the valley, where rain fell for six days.`,
    `The agency said 4,375 households had registered for help and more were expected.`,
  ].join("\n\n");

test("a batch import returns at once and the worker brings its suggestions", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin");
  await page.goto("/admin/import");
  const lines = [
    {
      title: "Valley floods displace thousands",
      outlet: "Valley Courier",
      body: story("Arlen", "the Courier"),
    },
    {
      title: "Relief agency counts displaced households",
      outlet: "Plains Post",
      body: story("Arlen", "the Post"),
    },
  ].map((a) => JSON.stringify(a));
  await page.getByLabel("Files to import").setInputFiles({
    name: "floods.ndjson",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(lines.join("\n")),
  });
  await page.getByRole("button", { name: "Import files" }).click();
  const table = page.getByRole("table", { name: "Import results" });
  // The import itself stores the articles and returns; the links are the worker's (the job row below).
  await expect(table.getByRole("row").filter({ hasText: "Imported" })).toHaveCount(2);

  await table.getByRole("link", { name: "Relief agency counts displaced households" }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  const articleId = Number(new URL(page.url()).pathname.split("/").at(-1));
  const mark = page
    .getByTestId("article-body")
    .locator("mark[data-claim-id]")
    .filter({ hasText: "4,375" })
    .first();
  await mark.focus();
  await page.keyboard.press("Enter");
  // "Looking for links…" refreshes the page until the worker is done; then the other article's figure is offered.
  const suggestions = page.getByRole("list", { name: "Suggested links" });
  await expect(suggestions.getByRole("listitem").filter({ hasText: "4,375" }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId("looking-for-links")).toHaveCount(0);

  // The suggestions came from one background job for this article, run once.
  const { db, close } = openAppDb();
  try {
    expect(listJobsByKey(db, { key: suggestionsKey(articleId) })).toEqual([
      expect.objectContaining({ status: "done", attempts: 1 }),
    ]);
  } finally {
    close();
  }
});
