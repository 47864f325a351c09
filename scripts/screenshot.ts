import { chromium } from "@playwright/test";

/** `npx tsx scripts/screenshot.ts URL_PATH OUT.png [role]`: signs in and screenshots a page of a running Tally. */
const [pathArg = "/", out = "screenshot.png", role = "checker", width = "1400", height = "900"] =
  process.argv.slice(2);
const base = process.env.TALLY_URL ?? "http://127.0.0.1:3000";

void (async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(`${role}@tally.test`);
  await page.getByLabel("Password").fill("tally-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`${base}${pathArg}`);
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  if (process.env.CLICK) {
    await page.waitForTimeout(1000); // let the page hydrate so the click is handled
    await page.locator(process.env.CLICK).first().click();
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
  await browser.close();
})();
