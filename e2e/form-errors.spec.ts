import type { Locator, Page } from "@playwright/test";
import { addUser, openAppDb } from "./app-db";
import { test, expect, signIn, signInAs } from "./fixtures";

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
