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

export const test = base;
export { expect };
