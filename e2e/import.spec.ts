import { test, expect, signInAs } from "./fixtures";
import { ImportPage } from "./pages/import-page";

/** Prose with numbers, different for every call so nothing is taken for a duplicate. */
function paragraphs(tag: string, count = 4): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `In district ${tag}-${i}, officials counted ${120 + i * 7} damaged homes and said repairs would cost about $${3 + i}.${i} million, ` +
      `up ${10 + i}% on the year before. The agency expects ${40 + i} more inspections this month.`,
  ).join("\n\n");
}

let importPage: ImportPage;
test.beforeEach(async ({ page }) => {
  await signInAs(page, "admin");
  importPage = new ImportPage(page);
  await importPage.goto();
});

test("paste an article: furniture removed and shown, article imported with its claims", async ({
  page,
}) => {
  const body = [
    "Storm damage tallied in the valley",
    "",
    paragraphs("paste"),
    "",
    "Share this article:",
    "Facebook Twitter WhatsApp Email",
    "",
    "Leave a comment",
    "Name *",
    "Please log in to comment.",
  ].join("\n");
  const result = await importPage.paste(body, { outlet: "Valley Courier" });
  await expect(result).toContainText("Storm damage tallied in the valley");
  await expect(result).toContainText(/with \d+ claims/);
  await result.getByText(/Removed on import/).click();
  await expect(result.getByText("Share buttons").first()).toBeVisible();
  await expect(result.getByText("Comment form").first()).toBeVisible();

  await result.getByRole("link", { name: "Storm damage tallied in the valley" }).click();
  const text = page.getByTestId("article-body");
  await expect(text).toContainText("officials counted 120 damaged homes");
  await expect(text).not.toContainText("Leave a comment");
  await expect(text).not.toContainText("WhatsApp");
  await expect(text.locator("mark.claim").filter({ hasText: "120 damaged homes" })).toBeVisible();
  // Later, on the article itself, what was removed is still there to see.
  const removed = page.getByTestId("removed-on-import");
  await removed.getByText(/Removed on import \(\d+ lines\)/).click();
  await expect(removed.getByText("Comment form").first()).toBeVisible();
  await expect(removed.getByText("Facebook Twitter WhatsApp Email")).toBeVisible();
});

test("a 2 MB paste is answered in place with a clear message, and what was typed is kept", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const huge = `${paragraphs("huge")}\n\n${"The committee met again. ".repeat(84_000)}`;
  expect(huge.length).toBeGreaterThan(2_000_000);
  await importPage.fill(huge, { title: "A very long report" });
  await expect(page.getByTestId("paste-count")).toContainText("too long to paste");
  await importPage.submitPaste();
  await expect(importPage.pasteError).toContainText("The pasted text is too long");
  await expect(importPage.pasteError).toContainText("at most 500,000");
  await expect(importPage.heading).toBeVisible();
  await expect(importPage.title).toHaveValue("A very long report");
  expect(await importPage.articleText.evaluate((t: HTMLTextAreaElement) => t.value.length)).toBe(
    huge.length,
  );
  expect(errors).toEqual([]);
});

test("a paste over 1 MB of multi-byte text within the character limit reaches the server", async () => {
  // 400,000 characters of three-byte text is 1.2 MB on the wire: above Next's 1 MB default for actions.
  const body = `${paragraphs("wide")}\n\n${"統計局は報告した。".repeat(44_000)}`;
  expect(body.length).toBeLessThan(500_000);
  expect(new TextEncoder().encode(body).length).toBeGreaterThan(1_100_000);
  const result = await importPage.paste(body, { title: "A wide report" });
  await expect(result).toContainText("A wide report", { timeout: 60_000 });
});

test("the same URL with a changed text updates the article; a bad URL keeps what was typed", async ({
  page,
}) => {
  const url = "https://update.example/story";
  await importPage.paste(paragraphs("update-v1"), {
    title: "Bridge repairs overrun",
    url: "not a url",
  });
  await expect(importPage.pasteError).toContainText("URL must be a full http(s) address");
  await expect(importPage.articleText).toHaveValue(paragraphs("update-v1"));

  await importPage.url.fill(url);
  await importPage.submitPaste();
  await expect(importPage.result).toContainText("Bridge repairs overrun");

  await importPage.paste(
    `${paragraphs("update-v1")}\n\nA late correction added 9 more inspections.`,
    { title: "Bridge repairs overrun", url },
  );
  const updated = importPage.resultSaying("Updated:");
  await expect(updated).toContainText("Bridge repairs overrun");
  await updated.getByRole("link", { name: "Bridge repairs overrun" }).click();
  await expect(page.getByTestId("article-body")).toContainText(
    "A late correction added 9 more inspections.",
  );
});

test("upload an HTML page: the article text is kept, markup and page furniture are not", async ({
  page,
}) => {
  const html = `<!doctype html><html><head><title>Harbour dredging costs double | Coast Times</title>
<meta property="og:site_name" content="Coast Times"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour dredging costs double</h1>
${paragraphs("html", 5)
  .split("\n\n")
  .map((p) => `<p>${p} <b>Officials</b> <a href="/x">said</a> so.</p>`)
  .join("\n")}
<script>document.title = "hacked"</script>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Pier closes</a></li><li><a href="/b">Ferry fares rise</a></li></ul></aside>
<footer>Page generated in 0.041 seconds. © 2024 Coast Times</footer></body></html>`;
  await importPage.upload([
    { name: "harbour.html", mimeType: "text/html", buffer: Buffer.from(html) },
  ]);

  const row = importPage.results.getByRole("row").filter({ hasText: "harbour.html" });
  await expect(row).toContainText("Imported");
  await row.getByRole("link", { name: "Harbour dredging costs double" }).click();
  const text = page.getByTestId("article-body");
  await expect(text).toContainText("officials counted 120 damaged homes");
  await expect(text).toContainText("Officials said so.");
  for (const junk of [
    "hacked",
    "document.title",
    "<b>",
    "Sport",
    "Page generated",
    "Pier closes",
  ]) {
    await expect(text).not.toContainText(junk);
  }
});

test("upload an NDJSON batch of 50 with two broken lines: 48 imported, 2 reported by line, live progress", async ({
  page,
}) => {
  // Each article also gets link suggestions against all earlier ones; on a shared machine a batch can take a while.
  test.setTimeout(150_000);
  const lines = Array.from({ length: 50 }, (_, i) =>
    JSON.stringify({
      title: `Batch article ${i + 1}`,
      outlet: "Batch Wire",
      url: `https://batch.example/${i + 1}`,
      body: paragraphs(`batch${i + 1}`, 8),
    }),
  );
  lines[16] = '{"title": "Broken", "body": ';
  lines[32] = JSON.stringify({ title: "No text at all", url: "https://batch.example/empty" });

  // Record every progress value the page shows, from before the upload starts.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const run = document.querySelector("[data-testid=import-run]");
      const done = Number(run?.getAttribute("data-done") ?? NaN);
      if (Number.isFinite(done) && seen[seen.length - 1] !== done) seen.push(done);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-done"],
    });
  });

  await importPage.upload([
    {
      name: "batch.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(lines.join("\n")),
    },
  ]);

  await expect(importPage.done).toHaveText(
    "Done: 48 imported, 0 updated, 0 duplicates, 2 failed.",
    { timeout: 120_000 },
  );
  await expect(importPage.progress).toHaveAttribute("value", "50");
  const table = importPage.results;
  await expect(table.locator("tbody tr")).toHaveCount(50);
  const failed = table.locator('tbody tr[data-status="failed"]');
  await expect(failed).toHaveCount(2);
  await expect(failed.nth(0)).toContainText("batch.ndjson line 17");
  await expect(failed.nth(0)).toContainText("not valid JSON");
  await expect(failed.nth(1)).toContainText("batch.ndjson line 33");
  await expect(failed.nth(1)).toContainText("needs a body or html");
  const first = table.getByRole("row").filter({ hasText: "batch.ndjson line 1" }).first();
  await expect(first.getByRole("link", { name: "Batch article 1" })).toBeVisible();

  // The bar moved: values in between were on screen, in order, before the end.
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: number[] }).progressSeen,
  );
  const intermediate = seen.filter((v) => v > 0 && v < 50);
  expect(intermediate.length, `progress values seen: ${seen.join(", ")}`).toBeGreaterThan(0);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  expect(seen[seen.length - 1]).toBe(50);
});

test("a file over the size limit is reported by the server, not imported", async ({
  page,
  baseURL,
}) => {
  const big = Buffer.alloc(5 * 1024 * 1024 + 10, "a");
  const response = await page.request.post("/api/import", {
    multipart: { files: { name: "huge.txt", mimeType: "text/plain", buffer: big } },
    // As the import page's own fetch would: cookie-authenticated writes must come from Tally's origin.
    headers: { Origin: baseURL! },
  });
  expect(response.status()).toBe(200);
  const events = (await response.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string; result?: { status: string; error: string } });
  const item = events.find((e) => e.type === "progress")!;
  expect(item.result).toMatchObject({ status: "failed" });
  expect(item.result!.error).toContain("the limit is 5 MB a file");
});

test("checkers and editors cannot open the import page", async ({ browser }) => {
  for (const role of ["checker", "editor"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, role);
    const response = await page.goto("/admin/import");
    expect(response?.status()).toBe(403);
    await context.close();
  }
});
