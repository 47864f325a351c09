import type { Locator, Page } from "@playwright/test";
import { importArticle } from "@/db/services/import-article";
import { actorFor, addUser, openAppDb } from "./app-db";
import { test, expect, signIn, signInAs } from "./fixtures";
import { ArticlePage } from "./pages/article-page";

/** Each form error is said once, in plain words beside its field, and focus lands on that field. */

const SUFFIX = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 8);

async function saidOnceBeside(page: Page, form: Locator, field: Locator, message: string | RegExp) {
  await expect(form.getByText(message)).toHaveCount(1);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  // The message is the field's description, so a screen reader reads it with the field.
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const ids = describedBy.split(" ").filter(Boolean);
  const descriptions = await Promise.all(
    ids.map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(descriptions.join(" ")).toMatch(message);
  await expect(field).toBeFocused();
}

test("adding a user with a short password: said once, beside the password, focused", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Email").fill(`short-${SUFFIX}@tally.test`);
  await form.getByLabel("Name").fill("Short Password");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await saidOnceBeside(page, form, form.getByLabel("Initial password"), /at least 10 characters/);
});

test("pasting with a bad URL: said once, beside the URL, focused, the text kept", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/admin/import");
  const form = page.getByRole("form", { name: "Paste an article" });
  const text = `The ferry ${SUFFIX} carried 1,240 passengers in March.`;
  await form.getByLabel("URL").fill("not a url");
  await form.getByLabel("Article text").fill(text);
  await form.getByRole("button", { name: "Import article" }).click();
  await saidOnceBeside(page, form, form.getByLabel("URL"), /full http\(s\) address/);
  await expect(form.getByLabel("Article text")).toHaveValue(text);
});

test("an empty paste: asked for the text in plain words, beside it, focused", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/import");
  const form = page.getByRole("form", { name: "Paste an article" });
  await form.getByRole("button", { name: "Import article" }).click();
  await saidOnceBeside(page, form, form.getByLabel("Article text"), "Paste the article text.");
  await expect(form.getByText(/Invalid input|expected string/)).toHaveCount(0);
});

test("a wrong current password: said once, beside that field, focused", async ({ page }) => {
  const email = `forgetful-${SUFFIX}@tally.test`;
  const app = openAppDb();
  try {
    await addUser(app.db, { email, role: "checker" });
  } finally {
    app.close();
  }
  await signIn(page, email);
  await expect(page.getByTestId("role-badge")).toBeVisible();
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-the-password");
  await form.getByLabel("New password", { exact: true }).fill("forgetful-new-pass");
  await form.getByLabel("Repeat new password").fill("forgetful-new-pass");
  await form.getByRole("button", { name: "Change password" }).click();
  await saidOnceBeside(
    page,
    form,
    form.getByLabel("Current password"),
    "Your current password is not right.",
  );
});

/** The claim panel's forms, on an article of this spec's own so no other spec's writes get in the way. */
test.describe("the claim panel's forms", () => {
  const title = `Panel forms ${SUFFIX}: ferry crossings`;
  test.beforeAll(() => {
    const app = openAppDb();
    try {
      const outcome = importArticle(
        app.db,
        {
          title,
          outlet: "Harbour Wire",
          body: "The ferry carried 1,240 passengers in March.\n\nIn April it carried 980 passengers and 42 cars.",
        },
        { actorId: actorFor(app.db, "admin").id },
      );
      if (outcome.status !== "created") throw new Error(JSON.stringify(outcome));
    } finally {
      app.close();
    }
  });

  test("a dispute without a reason: said once, beside the reason, focused", async ({ page }) => {
    const ws = new ArticlePage(page);
    await signInAs(page, "checker");
    await ws.open(title);
    await ws.chooseClaimContaining("1,240 passengers");
    await page.keyboard.press("d");
    const form = ws.panel.getByRole("form", { name: "Dispute this claim" });
    await ws.saveDispute();
    await saidOnceBeside(
      page,
      form,
      ws.disputeReason,
      "Say why the claim is disputed: a reason is required.",
    );
    await expect(ws.status).toHaveText("Unchecked");
  });

  test("a correction with a value that is not a number: said beside it, focused, kept", async ({
    page,
  }) => {
    const ws = new ArticlePage(page);
    await signInAs(page, "checker");
    await ws.open(title);
    await ws.chooseClaimContaining("980 passengers");
    await page.keyboard.press("e");
    const form = ws.panel.getByRole("form", { name: "Correct the detection" });
    await form.getByLabel("Value").fill("about a thousand");
    await form.getByLabel("Range low").fill("900");
    await form.getByLabel("Range high").fill("800");
    await form.getByRole("button", { name: "Save correction" }).click();
    await saidOnceBeside(page, form, form.getByLabel("Value"), /Enter a number/);
    await expect(form.getByLabel("Value")).toHaveValue("about a thousand");

    // The browser reads the value now; the server refuses the range, beside its high end.
    await form.getByLabel("Value").fill("980");
    await form.getByRole("button", { name: "Save correction" }).click();
    await saidOnceBeside(
      page,
      form,
      form.getByLabel("Range high"),
      "The low end of the range must not exceed the high end.",
    );
    await expect(form.getByLabel("Value")).not.toHaveAttribute("aria-invalid", "true");
    await ws.panel.screenshot({ path: test.info().outputPath("correction-form-error.png") });
  });

  test("a new source with an unreadable date: said once, beside the date, focused", async ({
    page,
  }) => {
    const ws = new ArticlePage(page);
    await signInAs(page, "checker");
    await ws.open(title);
    await ws.chooseClaimContaining("42 cars");
    await page.keyboard.press("s");
    const form = ws.panel.getByRole("form", { name: "Attach a source" });
    await form.getByRole("button", { name: "New source…" }).click();
    await form.getByLabel("Title").fill(`Harbour authority ledger ${SUFFIX}`);
    await form.getByLabel("Date", { exact: true }).fill("sometime last spring");
    await form.getByLabel("Locator").fill("vol. 2, p. 14");
    await form.getByRole("button", { name: "Attach source" }).click();
    await saidOnceBeside(page, form, form.getByLabel("Date", { exact: true }), /Enter a date/);
    await expect(form.getByLabel("Locator")).toHaveValue("vol. 2, p. 14");
    await form.screenshot({ path: test.info().outputPath("source-form-error.png") });
  });

  test("an empty note: said once, beside the text, focused", async ({ page }) => {
    const ws = new ArticlePage(page);
    await signInAs(page, "checker");
    await ws.open(title);
    await ws.chooseClaimContaining("1,240 passengers");
    await page.keyboard.press("n");
    await expect(ws.noteEditor).toBeFocused();
    await ws.saveNote();
    await saidOnceBeside(page, ws.panel, ws.noteEditor, "The note is empty.");
  });
});
