import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { listClaimsForArticle } from "@/db/queries/claims";
import { disputeClaim } from "@/db/services/claims";
import { importArticle } from "@/db/services/import-article";
import { attachSource } from "@/db/services/sources";
import { attachSourceSchema } from "@/lib/validation/source";
import { actorFor, claimNow, decideClaim, openAppDb } from "./app-db";
import { test, expect, signInAs, waitForHydration } from "./fixtures";

/** axe (WCAG 2.1 A and AA) on every page, at a desktop and a phone width, with a claim panel open on the
 * article page; a console listener sees no errors; the focus ring measures at least 3:1. */
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];
const PAGES = [
  "/",
  "/articles/1#claim-first",
  "/articles/1/assign",
  "/review",
  "/review/alerts",
  "/search?q=civilians",
  "/sources",
  "/export",
  "/account",
  "/admin/import",
  "/admin/users",
  "/admin/api-keys",
  "/admin/feeds",
  "/admin/settings",
];

/** The pages about one claim or source, on an article of this spec's own: a disputed claim (its review
 * page), a decided one (its public page), and one with a source (the source's page and a timeline). */
const OWN_PAGES: string[] = [];
test.beforeAll(() => {
  const app = openAppDb();
  try {
    const { db } = app;
    const suffix = Math.random()
      .toString(36)
      .replace(/[^a-z]/g, "")
      .slice(0, 6);
    const outcome = importArticle(
      db,
      {
        title: `Accessible census ${suffix}`,
        outlet: "Census Wire",
        body: `The census of district ${suffix} counted 4,210 households.\n\nOf them, 312 had no running water and 57 no power.`,
      },
      { actorId: actorFor(db, "admin").id },
    );
    if (outcome.status !== "created") throw new Error(JSON.stringify(outcome));
    const [disputed, decided, sourced] = listClaimsForArticle(db, { articleId: outcome.articleId });
    if (!disputed || !decided || !sourced) throw new Error("the census article needs three claims");
    disputeClaim(db, actorFor(db, "checker"), {
      claimId: disputed.id,
      version: claimNow(db, disputed.id).version,
      reason: "The district office counts differently.",
    });
    decideClaim(db, decided.id, { verdict: "inaccurate", explanation: "The office says 310." });
    const input = attachSourceSchema.parse({
      claimId: sourced.id,
      stance: "supports",
      locator: "table 2",
      source: {
        title: `District census tables ${suffix}`,
        url: "",
        publisher: "",
        publishedOn: "",
        type: "official_report",
      },
    });
    const { sourceId } = attachSource(db, actorFor(db, "checker"), input);
    OWN_PAGES.push(
      `/review/${disputed.id}`,
      `/c/${decided.id}`,
      `/sources/${sourceId}`,
      `/timeline/${sourced.id}`,
    );
  } finally {
    app.close();
  }
});

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

for (const size of WIDTHS) {
  test(`no WCAG 2.1 AA violations and no console errors on any page (${size.name})`, async ({
    page,
  }) => {
    // Nineteen pages, each read by axe, on a shared and loaded machine.
    test.setTimeout(600_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.goto("/login");
    expect(await axe(page), "/login").toEqual([]);
    await signInAs(page, "admin");
    const found: Record<string, string[]> = {};
    for (const path of [...PAGES, ...OWN_PAGES]) {
      await page.goto(path.replace("#claim-first", ""));
      if (path.includes("#claim-first")) {
        await page.getByTestId("article-body").locator("mark.claim").first().click();
        await expect(page.getByTestId("claim-panel")).toBeVisible();
      }
      const violations = await axe(page);
      if (violations.length) found[path] = violations;
    }
    // A user picker with its list open.
    await page.goto("/review");
    await waitForHydration(page);
    // On a phone the queue's filters are folded behind one button: unfold them first.
    const filters = page.getByRole("button", { name: /^Filters/ });
    if (await filters.isVisible()) await filters.click();
    const picker = page.getByRole("combobox", { name: "Assignee" });
    await picker.focus();
    await picker.press("ArrowDown");
    await expect(
      page.getByRole("listbox", { name: "People" }).getByRole("option").first(),
    ).toBeVisible();
    const open = await axe(page);
    if (open.length) found["/review (a user picker open)"] = open;
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });
}

test("the focus ring measures at least 3:1 against the page", async ({ page }) => {
  await signInAs(page, "checker");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const colours = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      outline: style.outlineColor,
      width: style.outlineWidth,
      bg: getComputedStyle(document.body).backgroundColor,
    };
  });
  const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const c = [r!, g!, b!].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [a, b] = [lum(rgb(colours.outline)), lum(rgb(colours.bg))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  expect(parseFloat(colours.width)).toBeGreaterThanOrEqual(2);
  expect(ratio).toBeGreaterThanOrEqual(3);
});

test("small details: favicon, key hints readable, the link icon drawn, a claim kept across sign-in", async ({
  page,
  request,
}) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await page.goto("/articles/1#claim-3");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("checker@tally.test");
  await page.getByLabel("Password").fill("tally-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles\/1#claim-3$/);
  await expect(page.getByTestId("claim-panel")).toBeVisible();

  // The key hint on a dark (primary) button is not white on white.
  const hint = await page.evaluate(() => {
    const b = document.createElement("button");
    b.className = "primary";
    b.innerHTML = "Make a claim <kbd>m</kbd>";
    document.body.append(b);
    const k = b.querySelector("kbd")!;
    const s = getComputedStyle(k);
    const out = {
      color: s.color,
      bg: s.backgroundColor,
      button: getComputedStyle(b).backgroundColor,
    };
    b.remove();
    return out;
  });
  expect(hint.color).not.toBe(hint.bg);
  expect(hint.bg).not.toBe("rgb(255, 255, 255)");

  await page.keyboard.press("n");
  await expect(page.getByTestId("link-icon")).toBeVisible();
  const box = await page.getByTestId("link-icon").boundingBox();
  expect(box?.width).toBeGreaterThan(8);
});
