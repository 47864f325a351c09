import { test, expect, signInAs } from "./fixtures";

/** The users page: "Add a user" comes first, and a search by name or email narrows the list. */
test("an admin adds a user from the top of the page and finds them by searching", async ({
  page,
}) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const email = `finder-${tag}@tally.test`;
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add a user" });
  const table = page.getByRole("table", { name: "Users" });
  const formBox = await form.boundingBox();
  const tableBox = await table.boundingBox();
  expect(formBox!.y, "the form comes before the list").toBeLessThan(tableBox!.y);

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(`Quentin Finder ${tag}`);
  await form.getByLabel("Initial password").fill("finder-password-1");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId(`user-${email}`)).toBeVisible();

  await page.getByRole("searchbox", { name: "Search users" }).fill(`finder ${tag}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=finder/);
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the one match
  await expect(page.getByTestId(`user-${email}`)).toBeVisible();

  await page.getByRole("searchbox", { name: "Search users" }).fill(`nobody-${tag}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(`No user matches “nobody-${tag}”.`)).toBeVisible();
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page.getByTestId("user-admin@tally.test")).toBeVisible();
});
