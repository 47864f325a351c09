import { expect, type Locator, type Page } from "@playwright/test";

/** The editors' queue (/review) and one claim's decision desk (/review/[claimId]). */
export class QueuePage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/review${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The queue's claim links, in order. */
  get claims(): Locator {
    return this.page.locator("a[data-queue-link]");
  }

  /** The queue's items (a claim with its reason, article and sources). */
  get items(): Locator {
    return this.page.getByTestId("queue-item");
  }

  item(claimId: number): Locator {
    return this.items.and(this.page.locator(`[data-claim-id="${claimId}"]`));
  }

  /** The claim ids of the items shown, in order. */
  async itemIds(): Promise<(string | null)[]> {
    return this.items.evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")));
  }

  async nextPage() {
    await this.page.getByRole("link", { name: "Next page →" }).click();
  }

  async previousPage() {
    await this.page.getByRole("link", { name: "← Previous page" }).click();
  }

  async showOnlyContradicted() {
    await this.page.getByLabel("Has a contradicting source or link").check();
    await this.page.getByRole("button", { name: "Apply filters" }).click();
  }

  /** Presses j until the first claim takes focus (a key pressed before the page hydrates does nothing). */
  async focusFirstClaimByKeyboard() {
    await expect(async () => {
      await this.page.keyboard.press("j");
      await expect(this.claims.first()).toBeFocused({ timeout: 500 });
    }).toPass();
  }

  get count(): Locator {
    return this.page.getByTestId("queue-count");
  }

  async openClaim(text: string | RegExp) {
    await this.claims.filter({ hasText: text }).first().click();
    await expect(this.upholdForm).toBeVisible();
  }

  /** One claim's decision desk, opened by its address. */
  async gotoClaim(claimId: number) {
    await this.page.goto(`/review/${claimId}`);
  }

  get status(): Locator {
    return this.page.getByTestId("claim-status");
  }

  get disputeReason(): Locator {
    return this.page.getByTestId("dispute-reason");
  }

  /** The decision taken (verdict and explanation, or the dismissal). */
  get decision(): Locator {
    return this.page.getByTestId("decision");
  }

  get history(): Locator {
    return this.page.getByRole("list", { name: "History" });
  }

  get explanation(): Locator {
    return this.page.getByLabel("Public explanation");
  }

  get upholdButton(): Locator {
    return this.page.getByRole("button", { name: "Uphold with verdict" });
  }

  get dismissButton(): Locator {
    return this.page.getByRole("button", { name: "Dismiss" });
  }

  get reopenButton(): Locator {
    return this.page.getByRole("button", { name: "Reopen" });
  }

  /** Reopens a decided claim, with a reason when one is given. */
  async reopen(reason?: string) {
    if (reason !== undefined) await this.page.getByLabel("Reason").fill(reason);
    await this.reopenButton.click();
  }

  get upholdForm(): Locator {
    return this.page.getByRole("form", { name: /Uphold the dispute/ });
  }

  get dismissForm(): Locator {
    return this.page.getByRole("form", { name: /Dismiss the dispute/ });
  }

  async uphold(verdict: string, explanation: string) {
    await this.upholdForm.getByRole("radio", { name: new RegExp(verdict) }).check();
    await this.upholdForm.getByLabel("Public explanation").fill(explanation);
    await this.upholdForm.getByRole("button", { name: "Uphold with verdict" }).click();
  }

  async dismiss(note: string) {
    await this.dismissForm.getByLabel("Note").fill(note);
    await this.dismissForm.getByRole("button", { name: "Dismiss" }).click();
  }
}
