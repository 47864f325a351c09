import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { E2E_DB } from "./env";
import { test, expect, signIn, signInAs, demoEmail, type DemoRole } from "./fixtures";

async function insertUser(email: string, role: DemoRole) {
  const db = new Database(E2E_DB);
  db.prepare("insert into users (email, name, role, password_hash) values (?, ?, ?, ?)").run(
    email,
    email,
    role,
    await hashPassword("tally-demo"),
  );
  db.close();
}

const NAV: Record<DemoRole, { visible: string[]; hidden: string[] }> = {
  checker: { visible: ["Articles", "Review queue", "Sources"], hidden: ["Import", "Users"] },
  editor: { visible: ["Articles", "Review queue", "Sources"], hidden: ["Import", "Users"] },
  admin: { visible: ["Articles", "Review queue", "Sources", "Import", "Users"], hidden: [] },
};

for (const role of ["checker", "editor", "admin"] as const) {
  test(`${role} signs in, sees the ${role} navigation, and signs out`, async ({ page }) => {
    await signInAs(page, role);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of NAV[role].visible)
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    for (const label of NAV[role].hidden)
      await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?next=%2F/);
  });
}

test("an anonymous visitor is sent to sign in and comes back to the page asked for", async ({
  page,
}) => {
  await page.goto("/articles/2");
  await expect(page).toHaveURL(/\/login\?next=%2Farticles%2F2/);
  await page.getByLabel("Email").fill(demoEmail("checker"));
  await page.getByLabel("Password").fill("tally-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles\/2$/);
});

// Failed sign-ins also count against the caller's address; each test that fails on purpose comes
// from its own (proxy-reported) address so it cannot lock the other tests out.
const fromAddress = (page: Page, address: string) =>
  page.setExtraHTTPHeaders({ "X-Forwarded-For": address });

test("a wrong password and an unknown email get the same message, in place", async ({ page }) => {
  await fromAddress(page, "10.1.0.1");
  await signIn(page, "nobody@tally.test", "whatever-password");
  const form = page.getByRole("form", { name: "Sign in" });
  await expect(form.getByRole("alert")).toContainText("Email or password is incorrect");
  const unknown = await form.getByRole("alert").textContent();
  await signIn(page, demoEmail("editor"), "wrong-password");
  await expect(form.getByRole("alert")).toHaveText(unknown!);
});

test("a checker is refused the admin pages", async ({ page }) => {
  await signInAs(page, "checker");
  for (const path of ["/admin/users", "/admin/import", "/admin/api-keys", "/admin/settings"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});

test("after 5 failed attempts for an account it is locked, with a time to try again", async ({
  page,
}) => {
  // Its own account, so locking it cannot lock out the demo users other specs sign in as.
  await insertUser("locked@tally.test", "checker");
  const form = page.getByRole("form", { name: "Sign in" });
  for (let i = 0; i < 4; i++) {
    // A different address each time: the account's own count is what locks it here.
    await fromAddress(page, `10.2.0.${i + 1}`);
    await signIn(page, "locked@tally.test", `wrong-password-${i}`);
    await expect(form.getByRole("alert")).toContainText("Email or password is incorrect");
  }
  await fromAddress(page, "10.2.0.5");
  await signIn(page, "locked@tally.test", "wrong-password-5");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
  await fromAddress(page, "10.2.0.9");
  await signIn(page, "locked@tally.test", "tally-demo");
  await expect(form.getByRole("alert")).toContainText(
    /Too many failed attempts\. Try again in \d+ minutes?/,
  );
});

test("after 5 failed attempts from an address, that address is refused for every account", async ({
  page,
}) => {
  const form = page.getByRole("form", { name: "Sign in" });
  await fromAddress(page, "10.3.0.1");
  for (let i = 0; i < 4; i++) {
    await signIn(page, `guess-${i}@tally.test`, "wrong-password");
    await expect(form.getByRole("alert")).toContainText("Email or password is incorrect");
  }
  await signIn(page, "guess-4@tally.test", "wrong-password");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
  await signIn(page, demoEmail("editor"), "tally-demo");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
});

test("an admin creates a user, who signs in; the admin disables them and they are signed out on their next request", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin");
  await admin.getByRole("link", { name: "Users" }).click();
  const form = admin.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Email").fill("newbie@tally.test");
  await form.getByLabel("Name").fill("New Checker");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("alert")).toContainText("at least 10 characters");
  await form.getByLabel("Initial password").fill("newbie-password-1");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(admin.getByTestId("user-newbie@tally.test")).toBeVisible();

  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signIn(user, "newbie@tally.test", "newbie-password-1");
  await expect(user.getByTestId("role-badge")).toHaveText(/Fact-checker/i);

  await admin.getByRole("button", { name: "Disable newbie@tally.test" }).click();
  await expect(admin.getByTestId("user-newbie@tally.test").getByText("Disabled")).toBeVisible();

  await user.goto("/");
  await expect(user).toHaveURL(/\/login\?revoked=1/);
  await expect(user.getByText("your account was disabled")).toBeVisible();
  await adminContext.close();
  await userContext.close();
});

test("an admin cannot disable themselves or demote the last admin", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("button", { name: "Disable admin@tally.test" })).toBeDisabled();
  const row = page.getByTestId("user-admin@tally.test");
  await row.getByLabel("Role of admin@tally.test", { exact: true }).selectOption("checker");
  await row.getByRole("button", { name: "Save role of admin@tally.test" }).click();
  await expect(row.getByRole("alert")).toContainText("last active admin");
});

test("a user changes their own password and signs in with it", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/account");
  await page.getByLabel("Current password").fill("tally-demo");
  await page.getByLabel("New password", { exact: true }).fill("editor-new-pass");
  await page.getByLabel("Repeat new password").fill("editor-new-pass-typo");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The new passwords do not match.").first()).toBeVisible();
  await page.getByLabel("Repeat new password").fill("editor-new-pass");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Password changed.");
  // Put it back so later specs can sign in as the editor with the demo password.
  await page.getByLabel("Current password").fill("editor-new-pass");
  await page.getByLabel("New password", { exact: true }).fill("tally-demo");
  await page.getByLabel("Repeat new password").fill("tally-demo");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Password changed.");
});
