import type { Db } from "@/db";
import { listApiKeys } from "@/db/queries/api-keys";
import { listClaimsForArticle } from "@/db/queries/claims";
import { disputeClaim } from "@/db/services/claims";
import { importArticle } from "@/db/services/import-article";
import { actorFor, addUser, claimNow, openAppDb } from "./app-db";
import { test, expect, signInAs } from "./fixtures";
import { pickPerson } from "./pages/person-picker";

/**
 * The searchable user pickers: type part of a name, pick with the keyboard, and the form stores that
 * person. Among colleagues with similar names, so the pick is the one asked for and not the first.
 */
const SUFFIX = Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 6);
const TITLE = `Picker test ${SUFFIX}: water trucks by district`;
let db: Db;
let closeDb: (() => void) | undefined;
let claimIds: number[] = [];
const people: Record<string, { id: number; name: string }> = {};

test.beforeAll(async () => {
  ({ db, close: closeDb } = openAppDb());
  for (const [key, first, role] of [
    ["marta", "Marta", "checker"],
    ["martin", "Martin", "checker"],
    ["marwa", "Marwa", "editor"],
    ["mara", "Mara", "admin"],
  ] as const) {
    const name = `${first} Quillfeather ${SUFFIX}`;
    const user = await addUser(db, { email: `${key}-${SUFFIX}@tally.test`, name, role });
    people[key] = { id: user.id, name };
  }
  const outcome = importArticle(
    db,
    {
      title: TITLE,
      outlet: "Picker Wire",
      body: `Officials in district ${SUFFIX} sent 14 water trucks to the north.\n\nAnother 23 trucks reached the south in May.`,
    },
    { actorId: actorFor(db, "admin").id },
  );
  if (outcome.status !== "created") throw new Error(JSON.stringify(outcome));
  claimIds = listClaimsForArticle(db, { articleId: outcome.articleId }).map((c) => c.id);
  for (const id of claimIds)
    disputeClaim(db, actorFor(db, "checker"), {
      claimId: id,
      version: claimNow(db, id).version,
      reason: "The district office gives another figure.",
    });
});
test.afterAll(() => closeDb?.());

test("an editor assigns a claim by typing part of a name and picking with the keyboard", async ({
  page,
}) => {
  const claimId = claimIds[0]!;
  await signInAs(page, "editor");
  await page.goto(`/review/${claimId}`);
  const form = page.getByRole("form", { name: "Assign this claim" });
  const box = await pickPerson(form, "Assigned to", `quillfeather ${SUFFIX}`, people.martin!.name);
  await expect(box).toHaveValue(people.martin!.name);
  // Closed, Enter submits the form as in any text box.
  await box.press("Enter");
  await expect(form.getByRole("status")).toHaveText("Assignment saved.");
  expect(claimNow(db, claimId).assigneeId).toBe(people.martin!.id);

  // Only people a claim may go to are offered: an admin is not, and the list says each one's email.
  const again = form.getByRole("combobox", { name: "Assigned to" });
  await again.fill(`quillfeather ${SUFFIX}`);
  await expect(form.getByRole("option")).toHaveCount(3);
  await expect(form.getByRole("option", { name: new RegExp(people.mara!.name) })).toHaveCount(0);
  await expect(form.getByRole("option").first()).toContainText(`marta-${SUFFIX}@tally.test`);
  // Escape closes the list and puts back the chosen name.
  await again.press("Escape");
  await expect(again).toHaveAttribute("aria-expanded", "false");
  await expect(again).toHaveValue(people.martin!.name);
});

test("the queue's assignee filter finds the claim by a picked person, on a phone", async ({
  page,
}) => {
  const claimId = claimIds[1]!;
  // Assigned through the app as an editor would, so the filter has something to find.
  await signInAs(page, "editor");
  await page.goto(`/review/${claimId}`);
  const assign = page.getByRole("form", { name: "Assign this claim" });
  await pickPerson(assign, "Assigned to", `marwa quill`, people.marwa!.name);
  await assign.getByRole("button", { name: "Assign" }).click();
  await expect(assign.getByRole("status")).toHaveText("Assignment saved.");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/review");
  // On a phone the filters are folded behind one button.
  const unfold = page.getByRole("button", { name: /^Filters/ });
  await unfold.click();
  const filters = page.getByRole("form", { name: "Filter the queue" });
  const box = filters.getByRole("combobox", { name: "Assignee" });
  await box.focus();
  await box.pressSequentially(`quillfeather ${SUFFIX}`);
  // Only the open list counts: the filter's other selects have options of their own.
  const list = filters.getByRole("listbox", { name: "People" });
  await expect(list.getByRole("option")).toHaveCount(3);
  // The open list fits the screen: nothing sideways.
  const bounds = await list.boundingBox();
  expect(bounds!.x).toBeGreaterThanOrEqual(0);
  expect(bounds!.x + bounds!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("person-picker-390.png") });

  await pickPerson(filters, "Assignee", `marwa`, people.marwa!.name);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`assignee=${people.marwa!.id}(&|$)`));
  const queue = page.getByRole("list", { name: "Disputed claims" });
  await expect(queue.getByRole("listitem")).toHaveCount(1);
  // The picker shows who the filter is for after the reload; the folded button says a filter is on.
  await expect(page.getByRole("button", { name: "Filters (1 on)" })).toBeVisible();
  await unfold.click();
  await expect(filters.getByRole("combobox", { name: "Assignee" })).toHaveValue(people.marwa!.name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("an admin gives an API key to a person picked from the search", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/api-keys");
  const form = page.getByRole("form", { name: "New API key" });
  const name = `Picker key ${SUFFIX}`;
  await form.getByLabel("Name").fill(name);
  // No one picked: said beside the picker, which takes the focus.
  await form.getByRole("button", { name: "Create key" }).click();
  const box = form.getByRole("combobox", { name: "Acts as" });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("aria-invalid", "true");

  await pickPerson(form, "Acts as", `mara quill`, people.mara!.name);
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByLabel("New API key value")).toHaveValue(/^tly_/);
  const key = listApiKeys(db).find((k) => k.name === name);
  expect(key?.userEmail).toBe(`mara-${SUFFIX}@tally.test`);
});
