import { test, expect, signInAs } from "./fixtures";

test("search by words and a number range finds the seed's tolls and opens one by keyboard", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await page.getByRole("navigation").getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Search" })).toBeVisible();

  // "/" brings the focus back to the box from anywhere on the page.
  await page.getByRole("heading", { name: "Search" }).click();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search words")).toBeFocused();
  await page.keyboard.type("civilians killed");
  await page.getByLabel("Lowest value").fill("1,000");
  await page.getByLabel("Highest value").fill("1200");
  await page.getByLabel("Search words").press("Enter");

  const claims = page.getByTestId("search-claim");
  await expect(claims.first()).toBeVisible();
  const texts = await claims.allInnerTexts();
  // The admitted tolls between 1,000 and 1,200 in the seed articles, and nothing outside the range.
  for (const figure of ["1,114", "1,144"])
    expect(texts.some((t) => t.startsWith(figure))).toBe(true);
  for (const t of texts) {
    const value = Number(t.split(/\s/)[0]!.replace(/,/g, ""));
    expect(value).toBeGreaterThanOrEqual(1000);
    expect(value).toBeLessThanOrEqual(1200);
  }
  // Matched words are marked.
  await expect(page.getByTestId("search-group").locator("mark").first()).toBeVisible();

  // ↓ from the box enters the results, j moves on, Enter opens the claim in its article.
  await page.getByLabel("Search words").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("j");
  const focused = page.locator("a[data-search-hit]:focus");
  await expect(focused).toHaveAttribute("href", /#claim-\d+$/);
  const href = (await focused.getAttribute("href"))!;
  const claimId = href.split("#claim-")[1]!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/articles/\\d+#claim-${claimId}$`));
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("the search API answers with marked snippets and refuses a bad range", async ({ page }) => {
  await signInAs(page, "checker");
  const ok = await page.request.get("/api/v1/search?q=civilians&min=1000&max=1200");
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as {
    articles: { claims: { value: number; quote: { text: string; marks: number[][] } }[] }[];
  };
  const values = body.articles.flatMap((a) => a.claims.map((c) => c.value));
  expect(values).toContain(1114);
  expect(values.every((v) => v >= 1000 && v <= 1200)).toBe(true);

  const bad = await page.request.get("/api/v1/search?min=2000&max=10");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("lowest value");
});
