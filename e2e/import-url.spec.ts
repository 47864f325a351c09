import { test, expect, signInAs } from "./fixtures";
import { FIXTURE_ORIGIN } from "./env";

test.beforeEach(async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/import");
});

test("an admin imports an article by URL, with title, outlet and date read from the page", async ({
  page,
}) => {
  const section = page.getByRole("region", { name: "Import from the web" });
  // Reached by a redirect, the article is stored under the page's own canonical address.
  await section.getByLabel("Web address").fill(`${FIXTURE_ORIGIN}/redirect/2/e2e-quay-4`);
  await section.getByRole("button", { name: "Read page" }).click();

  const preview = section.getByRole("form", { name: "Page read from the web" });
  await expect(preview.getByLabel("Headline")).toHaveValue(
    /^Harbour report e2e-quay-4: cargo volumes at \d+ containers$/,
  );
  await expect(preview.getByLabel("Publisher")).toHaveValue("Harbour Gazette");
  await expect(preview.getByLabel("Publication date")).toHaveValue(/^2024-03-\d\d$/);
  await expect(preview.getByLabel("Canonical address")).toHaveValue(
    `${FIXTURE_ORIGIN}/articles/e2e-quay-4`,
  );
  await expect(preview).toContainText("by Dana Whitfield");
  const date = await preview.getByLabel("Publication date").inputValue();

  // The admin corrects the outlet before saving.
  await preview.getByLabel("Publisher").fill("Harbour Gazette (web)");
  await preview.getByRole("button", { name: "Import this page" }).click();
  const done = preview.getByRole("status");
  await expect(done).toContainText(/Imported: Harbour report e2e-quay-4.* with \d+ claims/);

  await done.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Harbour report e2e-quay-4");
  await expect(page.getByText("Harbour Gazette (web)").first()).toBeVisible();
  await expect(page.getByTestId("article-body")).toContainText(
    "containers passed through the harbour",
  );
  await expect(page.getByTestId("article-body")).not.toContainText("Sign in");
  expect(date).toMatch(/^2024-03-/);
});

test("the same article by a second URL is not imported twice", async ({ page }) => {
  const section = page.getByRole("region", { name: "Import from the web" });
  for (const [path, expected] of [
    ["/articles/e2e-pier-9?ref=front", /Imported:/],
    ["/amp/e2e-pier-9", /Already imported:/],
  ] as const) {
    await section.getByLabel("Web address").fill(FIXTURE_ORIGIN + path);
    await section.getByRole("button", { name: "Read page" }).click();
    const preview = section.getByRole("form", { name: "Page read from the web" });
    await expect(preview.getByLabel("Canonical address")).toHaveValue(
      `${FIXTURE_ORIGIN}/articles/e2e-pier-9`,
    );
    await preview.getByRole("button", { name: "Import this page" }).click();
    await expect(preview.getByRole("status")).toContainText(expected);
  }
});

test("a page that cannot be fetched says why", async ({ page }) => {
  const section = page.getByRole("region", { name: "Import from the web" });
  await section.getByLabel("Web address").fill(`${FIXTURE_ORIGIN}/loop/a`);
  await section.getByRole("button", { name: "Read page" }).click();
  await expect(section.getByRole("alert")).toHaveText(/The page redirects in a loop/);
  await section.getByLabel("Web address").fill("http://10.0.0.5/story");
  await section.getByRole("button", { name: "Read page" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    /10\.0\.0\.5 is on a private address .*only fetches public web addresses/,
  );
  await section.getByLabel("Web address").fill("ftp://example.com/a");
  await section.getByRole("button", { name: "Read page" }).click();
  await expect(section.getByRole("alert")).toHaveText(/full http\(s\) address/);
});
