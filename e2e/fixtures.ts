import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./env";

export type DemoRole = "admin" | "editor" | "checker";
export const demoEmail = (role: DemoRole) => `${role}@tally.test`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, demoEmail(role));
  await expect(page.getByTestId("role-badge")).toBeVisible();
}

/** Waits until React has hydrated the page (see components/shell/hydration-mark.tsx): keys pressed
 * earlier would reach no handler. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
}

/** `page.goto` that returns only once the page is interactive. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page["goto"]>) => {
      const response = await goto(...args);
      await waitForHydration(page);
      return response;
    };
    await use(page);
  },
});
export { expect };
