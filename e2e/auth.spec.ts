import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { getUserCredentials, rehashUserPassword } from "@/db/queries/users";
import { addUser, openAppDb } from "./app-db";
import { test, expect, signIn, signInAs, demoEmail, type DemoRole } from "./fixtures";

async function insertUser(email: string, role: DemoRole) {
  const app = openAppDb();
  try {
    await addUser(app.db, { email, role });
  } finally {
    app.close();
  }
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

test("failed attempts for an account slow it down with a growing delay, not a lockout", async ({
  page,
}) => {
  // It waits out the first delay (30 s) to show the account opens again.
  test.setTimeout(150_000);
  // Its own account, so slowing it cannot slow the demo users other specs sign in as.
  await insertUser("slowed@tally.test", "checker");
  const form = page.getByRole("form", { name: "Sign in" });
  for (let i = 0; i < 4; i++) {
    // A different address each time: the account's own count is what slows it here.
    await fromAddress(page, `10.2.0.${i + 1}`);
    await signIn(page, "slowed@tally.test", `wrong-password-${i}`);
    await expect(form.getByRole("alert")).toContainText("Email or password is incorrect");
  }
  await fromAddress(page, "10.2.0.5");
  await signIn(page, "slowed@tally.test", "wrong-password-5");
  await expect(form.getByRole("alert")).toHaveText(
    /Too many failed attempts\. Try again in \d+ seconds?\./,
  );
  // Even the right password waits out the delay…
  await fromAddress(page, "10.2.0.9");
  await signIn(page, "slowed@tally.test", "tally-demo");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
  // …and then gets in: a delay of seconds, not an account locked for everyone.
  await page.waitForTimeout(31_000);
  await signIn(page, "slowed@tally.test", "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
});

test("failed attempts from an address slow that address for every account", async ({ page }) => {
  // Eleven sign-ins, each checked against a deliberately slow password hash.
  test.setTimeout(120_000);
  const form = page.getByRole("form", { name: "Sign in" });
  await fromAddress(page, "10.3.0.1");
  for (let i = 0; i < 9; i++) {
    await signIn(page, `guess-${i}@tally.test`, "wrong-password");
    await expect(form.getByRole("alert")).toContainText("Email or password is incorrect");
  }
  await signIn(page, "guess-9@tally.test", "wrong-password");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
  await signIn(page, demoEmail("editor"), "tally-demo");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
});

test("a spoofed X-Forwarded-For neither dodges the address limit nor frames another address", async ({
  page,
}) => {
  // Twelve sign-ins, each checked against a deliberately slow password hash.
  test.setTimeout(120_000);
  const form = page.getByRole("form", { name: "Sign in" });
  // The server trusts one proxy (e2e/serve.ts): only the last entry is the address. The entries in
  // front of it are the client's own writing, rotated here on every try, and naming a victim's address.
  for (let i = 0; i < 10; i++) {
    await fromAddress(page, `10.5.0.${i + 1}, 10.6.0.1, 10.4.0.1`);
    await signIn(page, `spoof-${i}@tally.test`, "wrong-password");
    // Each answer before the next try: navigating on would cut the attempt off before it is counted.
    await expect(form.getByRole("alert")).toContainText(/incorrect|Too many failed attempts/);
  }
  await fromAddress(page, "10.5.0.99, 10.4.0.1");
  await signIn(page, demoEmail("checker"), "tally-demo");
  await expect(form.getByRole("alert")).toContainText("Too many failed attempts");
  // The address named in the forged entries (10.6.0.1) was never charged: its user signs in.
  await fromAddress(page, "10.6.0.1");
  await signIn(page, demoEmail("checker"), "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
});

test("sign-in never redirects to another site, whatever the next= trick", async ({ page }) => {
  for (const trick of [
    "/%09/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "/%0A/evil.example",
    "https://evil.example",
    "/\\evil.example",
  ]) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${trick}`);
    await page.getByLabel("Email").fill(demoEmail("checker"));
    await page.getByLabel("Password").fill("tally-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("role-badge")).toBeVisible();
    expect(page.url(), trick).not.toContain("evil.example");
    expect(page.url().startsWith("http://127.0.0.1:"), trick).toBe(true);
  }
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

test("a password change signs out every session, and the new password signs in", async ({
  browser,
}) => {
  // Four sign-ins and a password change, each a deliberately slow password hash.
  test.setTimeout(120_000);
  await insertUser("changer@tally.test", "checker");
  const elsewhereContext = await browser.newContext();
  const elsewhere = await elsewhereContext.newPage();
  await signIn(elsewhere, "changer@tally.test", "tally-demo");
  await expect(elsewhere.getByTestId("role-badge")).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "changer@tally.test", "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
  await page.goto("/account");
  await page.getByLabel("Current password").fill("tally-demo");
  await page.getByLabel("New password", { exact: true }).fill("changer-new-pass");
  await page.getByLabel("Repeat new password").fill("changer-new-pass-typo");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The new passwords do not match.").first()).toBeVisible();
  await page.getByLabel("Repeat new password").fill("changer-new-pass");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?changed=1/);
  await expect(page.getByText("Your password was changed")).toBeVisible();

  // The other browser's cookie is still the one it was given, and it is refused on its next request.
  await elsewhere.goto("/");
  await expect(elsewhere).toHaveURL(/\/login\?ended=1/);
  await expect(elsewhere.getByText("your password or role changed")).toBeVisible();

  await signIn(page, "changer@tally.test", "tally-demo");
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(
    "Email or password is incorrect",
  );
  await signIn(page, "changer@tally.test", "changer-new-pass");
  await expect(page.getByTestId("role-badge")).toBeVisible();
  await elsewhereContext.close();
  await context.close();
});

test("a wrong current password is throttled like a sign-in", async ({ page }) => {
  await insertUser("guesser@tally.test", "checker");
  await fromAddress(page, "10.7.0.1");
  await signIn(page, "guesser@tally.test", "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  for (let i = 0; i < 5; i++) {
    await form.getByLabel("Current password").fill(`not-it-${i}`);
    await form.getByLabel("New password", { exact: true }).fill("guesser-new-pass");
    await form.getByLabel("Repeat new password").fill("guesser-new-pass");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Your current password is not right.")).toBeVisible();
  }
  await form.getByLabel("Current password").fill("tally-demo");
  await form.getByLabel("New password", { exact: true }).fill("guesser-new-pass");
  await form.getByLabel("Repeat new password").fill("guesser-new-pass");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/Too many failed attempts\. Try again in/)).toBeVisible();
});

test("a role change signs the user out on their next request", async ({ browser }) => {
  await insertUser("promoted@tally.test", "checker");
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signIn(user, "promoted@tally.test", "tally-demo");
  await expect(user.getByTestId("role-badge")).toHaveText(/Fact-checker/i);
  const oldCookies = await userContext.cookies();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin");
  await admin.goto("/admin/users");
  const row = admin.getByTestId("user-promoted@tally.test");
  await row.getByLabel("Role of promoted@tally.test", { exact: true }).selectOption("editor");
  await row.getByRole("button", { name: "Save role of promoted@tally.test" }).click();

  // The role is saved when the row reloads; from then on the old cookie is refused.
  await expect(async () => {
    await user.goto("/");
    await expect(user).toHaveURL(/\/login\?ended=1/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // Replaying the old cookie elsewhere is refused too: the token itself is stale, not just this tab.
  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const replayed = await replay.request.get("/api/v1/articles?limit=1");
  expect(replayed.status()).toBe(401);
  await signIn(user, "promoted@tally.test", "tally-demo");
  await expect(user.getByTestId("role-badge")).toHaveText(/Editor/i);
  await replay.close();
  await userContext.close();
  await adminContext.close();
});

test("a password hashed with older scrypt parameters is upgraded at the next sign-in", async ({
  page,
}) => {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync("tally-demo", salt, 32, {
    N: 32768,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
  const old = ["scrypt", 32768, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
  // The account is made as any other; then the sign-in's own rehash query swaps its hash for the one an
  // older Tally wrote (no service writes a weaker hash, by design).
  const app = openAppDb();
  const user = await addUser(app.db, { email: "oldhash@tally.test", role: "checker" });
  const current = getUserCredentials(app.db, { email: "oldhash@tally.test" })!.passwordHash;
  expect(rehashUserPassword(app.db, { id: user.id, from: current, to: old })).toBe(true);
  await signIn(page, "oldhash@tally.test", "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
  const stored = getUserCredentials(app.db, { email: "oldhash@tally.test" })!.passwordHash;
  app.close();
  expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
  await page.context().clearCookies();
  await signIn(page, "oldhash@tally.test", "tally-demo");
  await expect(page.getByTestId("role-badge")).toBeVisible();
});
