import type { Locator, Page } from "@playwright/test";
import { test, expect, signInAs } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { ImportPage } from "./pages/import-page";

/**
 * A working session by keyboard only, on a 60-claim article of its own (imported through the import page):
 * verify, undo, dispute with a reason, a note, a new source with a locator, a library source with the
 * locator "vol. 2, p. 14" (which once verified the claim and opened the link form), a link, reject and
 * undo. After every step focus is where the next action starts.
 */
const TITLE = `Ward survey ${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 8)}`;
const WARDS = "ABCDEFGHJKLMNPQRSTUV";
let articleId: number;

function wardReport(): string {
  const lines = [TITLE, ""];
  for (let i = 0; i < 20; i++)
    lines.push(
      `In ward ${WARDS[i]}, inspectors counted ${210 + i * 13} flooded homes, ${30 + i} closed schools ` +
        `and ${4 + i} damaged bridges after the storm.`,
      "",
    );
  return lines.join("\n");
}

/** Tab (never a click or a scripted focus) until `target` has focus; fails if it takes over `max` presses. */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await signInAs(page, "admin");
  const importer = new ImportPage(page);
  await importer.goto();
  articleId = await importer.importArticle(wardReport(), { outlet: "Ward Gazette" });
  await page.close();
});

test("keyboard only: a checker works through an article, focus always where the next action is", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await signInAs(page, "checker");
  const ws = new ArticlePage(page);
  await ws.goto(articleId);
  expect(await ws.body.locator("mark.claim").count()).toBeGreaterThanOrEqual(55);

  // One tab stop for all highlights.
  expect(await ws.body.locator("mark.claim[tabindex='0']").count()).toBe(1);
  await page.keyboard.press("j");
  const first = ws.mark("210 flooded homes");
  await expect(first).toBeFocused();
  await expect(ws.heading).toContainText("210 flooded homes");
  await expect(page.getByTestId("claim-position")).toContainText(/^1 of \d+/);
  expect(await ws.body.locator("mark.claim[tabindex='0']").count()).toBe(1);

  // Tab from a claim reaches the panel in one press; Shift+Tab comes back.
  await page.keyboard.press("Tab");
  await expect(ws.panel.getByRole("button", { name: /Verify/ })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(first).toBeFocused();
  // p jumps into the panel and back; Esc from the panel returns to the claim too.
  await page.keyboard.press("p");
  await expect(ws.panel.getByRole("button", { name: /Verify/ })).toBeFocused();
  await page.keyboard.press("p");
  await expect(first).toBeFocused();
  await page.keyboard.press("p");
  await page.keyboard.press("Escape");
  await expect(first).toBeFocused();

  // Verify, then undo through the toast's key.
  await page.keyboard.press("v");
  await expect(ws.status).toHaveText("Verified");
  await expect(ws.toast).toContainText("Verified · Undo");
  await expect(first).toBeFocused();
  await page.keyboard.press("z");
  await expect(ws.status).toHaveText("Unchecked");
  await expect(ws.toast).toContainText("Undone");
  await expect(first).toBeFocused();
  await page.keyboard.press("v");
  await expect(ws.status).toHaveText("Verified");
  await expect(first).toHaveClass(/claim--verified/);

  // Dispute with a reason: the letters typed (v, l, d) reach the field, not the shortcuts.
  await page.keyboard.press("j");
  const second = ws.mark("30 closed schools");
  await expect(second).toBeFocused();
  await page.keyboard.press("d");
  await expect(ws.panel.getByLabel("Reason for dispute")).toBeFocused();
  await page.keyboard.type("The ward's own list has 28 schools closed; verify the total.");
  await page.keyboard.press("Control+Enter");
  await expect(ws.status).toHaveText("Disputed");
  await expect(second).toBeFocused();
  await expect(ws.panel.getByTestId("claim-links")).toHaveCount(0);

  // A note, saved with Ctrl+Enter.
  await page.keyboard.press("j");
  const third = ws.mark("4 damaged bridges");
  await expect(third).toBeFocused();
  await page.keyboard.press("n");
  const editor = ws.panel.getByRole("textbox", { name: "Note text" });
  await expect(editor).toBeFocused();
  await page.keyboard.type("Checked against the ward register.");
  await page.keyboard.press("Control+Enter");
  await expect(ws.panel.getByTestId("note")).toContainText("ward register");
  await expect(third).toBeFocused();

  // A new source, with a locator: each step moves focus to the next field.
  await page.keyboard.press("j");
  const fourth = ws.mark("223 flooded homes");
  await expect(fourth).toBeFocused();
  await page.keyboard.press("s");
  await expect(ws.panel.getByLabel("Find a source")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(ws.panel.getByRole("button", { name: "New source…" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ws.panel.getByLabel("Title")).toBeFocused();
  await page.keyboard.type("Ward flood register 2024");
  await page.keyboard.press("Tab");
  await expect(ws.panel.getByLabel("URL")).toBeFocused();
  await page.keyboard.type("wards.example.org/flood-register");
  await tabTo(page, ws.panel.getByLabel("Locator"));
  await page.keyboard.type("vol. 1, p. 3");
  await page.keyboard.press("Enter");
  const sources = ws.panel.getByTestId("claim-sources");
  await expect(sources).toContainText("Ward flood register 2024");
  await expect(sources).toContainText("https://wards.example.org/flood-register");
  await expect(sources).toContainText("vol. 1, p. 3");
  await expect(fourth).toBeFocused();

  // A library source: picking it moves focus to the locator, and "vol. 2, p. 14" stays text.
  await page.keyboard.press("j");
  const fifth = ws.mark("31 closed schools");
  await expect(fifth).toBeFocused();
  await page.keyboard.press("s");
  await page.keyboard.type("flood register");
  const hit = ws.panel.getByRole("button", { name: /Ward flood register 2024/ });
  await expect(hit).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(hit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ws.panel.getByLabel("Locator")).toBeFocused();
  await page.keyboard.type("vol. 2, p. 14");
  await page.keyboard.press("Enter");
  await expect(ws.panel.getByTestId("claim-sources")).toContainText("vol. 2, p. 14");
  await expect(ws.status).toHaveText("Unchecked");
  await expect(ws.panel.getByLabel("Find a claim")).toHaveCount(0);
  await expect(fifth).toBeFocused();

  // A link: picking the target moves focus to the relation.
  await page.keyboard.press("l");
  await expect(ws.panel.getByLabel("Find a claim")).toBeFocused();
  await page.keyboard.type("30 closed schools");
  const target = ws.panel
    .getByRole("list", { name: "Matching claims" })
    .getByRole("button")
    .filter({ hasText: "30 closed schools" })
    .first();
  await expect(target).toBeVisible();
  await tabTo(page, target);
  await page.keyboard.press("Enter");
  await expect(ws.panel.getByLabel("Relation")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(ws.panel.getByRole("button", { name: "Link claims" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ws.panel.getByTestId("claim-links")).toContainText("30 closed schools");
  await expect(fifth).toBeFocused();

  // Reject a false detection (r), then undo (z): the claim comes back and has focus.
  await page.keyboard.press("j");
  const sixth = ws.mark("5 damaged bridges");
  await expect(sixth).toBeFocused();
  await page.keyboard.press("r");
  await expect(ws.toast).toContainText("Rejected “5 damaged bridges”");
  await expect(ws.marks("5 damaged bridges")).toHaveCount(0);
  const seventh = ws.mark("236 flooded homes");
  await expect(seventh).toBeFocused();
  await page.keyboard.press("z");
  await expect(ws.toast).toContainText("Restored");
  await expect(sixth).toBeFocused();
  await expect(ws.heading).toContainText("5 damaged bridges");

  // u jumps to the next unchecked claim; ? opens the shortcuts and closing gives focus back.
  await page.keyboard.press("u");
  await expect(seventh).toBeFocused();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(seventh).toBeFocused();

  expect(errors).toEqual([]);
});

test("the claim list: context per row, status filters with counts, and n of N", async ({
  page,
}) => {
  await signInAs(page, "checker");
  const ws = new ArticlePage(page);
  await ws.goto(articleId);
  await ws.chooseClaim("32 closed schools");
  await page.keyboard.press("v");
  await expect(ws.status).toHaveText("Verified");
  const firstRow = ws.list.getByRole("button").first();
  await expect(firstRow).toContainText("inspectors counted");
  await expect(firstRow).toContainText("210 flooded homes");
  await page.getByLabel("Show").selectOption("verified");
  const count = page.getByTestId("claim-filter-count");
  await expect(count).toHaveText(/^\d+ of \d+ match$/);
  const shown = Number((await count.textContent())!.split(" ")[0]);
  expect(shown).toBeGreaterThanOrEqual(1);
  await expect(ws.list.getByRole("button")).toHaveCount(shown);
  await ws.list.getByRole("button").filter({ hasText: "32 closed schools" }).click();
  await expect(ws.heading).toContainText("32 closed schools");
  await expect(page.getByTestId("claim-position")).toContainText(/^\d+ of \d+/);
  // The list and the panel are both in view.
  await expect(ws.panel).toBeInViewport();
  await expect(ws.list).toBeInViewport();
});
