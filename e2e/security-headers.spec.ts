import type { APIResponse, Page } from "@playwright/test";
import { test, expect, signInAs } from "./fixtures";
import { ArticlePage } from "./pages/article-page";

/** Security headers on every kind of response, and the app working under its CSP with no console errors. */

function expectCommonHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"], what).toBe("DENY");
  // Served over plain http here: HSTS would mean nothing, and is not sent.
  expect(h["strict-transport-security"], what).toBeUndefined();
}

test("pages carry a fresh nonce-based CSP; API answers, errors and files a locked-down one", async ({
  request,
}) => {
  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  expectCommonHeaders(login, "page");
  const csp = login.headers()["content-security-policy"]!;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  for (const directive of [
    "'strict-dynamic'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  const html = await login.text();
  // Next puts the nonce on its own scripts; a script without it would be refused by the browser.
  expect(html).toContain(`nonce="${nonce}"`);
  const again = await request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  const api = await request.get("/api/v1/claims");
  expect(api.status()).toBe(401);
  expectCommonHeaders(api, "API 401");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");

  const missingPage = await request.get("/no-such-page-anywhere");
  expect(missingPage.status()).toBe(404);
  expectCommonHeaders(missingPage, "404 page");

  const missingApi = await request.get("/api/v1/no-such-route");
  expect(missingApi.status()).toBe(404);
  expectCommonHeaders(missingApi, "API 404");

  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, "the login page loads a static script").toBeTruthy();
  const file = await request.get(script!);
  expect(file.status()).toBe(200);
  expectCommonHeaders(file, "static file");
});

test("HSTS is sent when the request came over https", async ({ request }) => {
  const secure = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
});

/** Everything the browser reports as wrong: console errors (a CSP refusal is one) and uncaught errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test("the main pages, the note editor and the timeline run under the CSP with no console errors", async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto("/login");
  await signInAs(page, "checker");
  for (const path of ["/", "/review", "/sources", "/export", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await new ArticlePage(page).open(
    "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq",
  );
  const claim = page.getByTestId("article-body").locator("mark.claim").first();
  await claim.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("claim-panel")).toBeVisible();
  // The note editor (Tiptap) loads on demand and must run under the CSP too.
  await page.keyboard.press("n");
  const editor = page.getByTestId("claim-panel").getByRole("textbox", { name: "Note text" });
  // The editor takes focus once it has loaded; keys typed before that would go to the page.
  await expect(editor).toBeFocused();
  await page.keyboard.type("Checked under the CSP");
  await expect(editor).toContainText("Checked under the CSP");
  await editor.press("Escape");
  const claimId = await claim.getAttribute("data-claim-id");
  if (claimId) {
    await page.goto(`/timeline/${claimId}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test("the admin pages run under the CSP with no console errors", async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto("/login");
  await signInAs(page, "admin");
  for (const path of [
    "/admin/import",
    "/admin/users",
    "/admin/api-keys",
    "/admin/feeds",
    "/admin/settings",
    "/search?q=civilians",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  expect(problems).toEqual([]);
});
