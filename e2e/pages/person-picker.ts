import { expect, type Locator, type Page } from "@playwright/test";

/**
 * A searchable user picker (components/ui/person-picker.tsx), driven as a keyboard user does: type part
 * of a name, move down the list to the person, Enter.
 */
export async function pickPerson(
  scope: Page | Locator,
  label: string | RegExp,
  typed: string,
  person: string | RegExp,
): Promise<Locator> {
  const box = scope.getByRole("combobox", { name: label });
  await box.focus();
  await box.fill("");
  await box.pressSequentially(typed);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(scope.getByRole("option", { name: person }).first()).toBeVisible();
  for (let step = 0; step < 20; step++) {
    const active = await box.getAttribute("aria-activedescendant");
    const text = active ? await box.page().locator(`[id="${active}"]`).textContent() : null;
    if (text !== null && (typeof person === "string" ? text.includes(person) : person.test(text)))
      break;
    await box.press("ArrowDown");
  }
  await box.press("Enter");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  return box;
}
