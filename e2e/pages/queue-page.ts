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

  get count(): Locator {
    return this.page.getByTestId("queue-count");
  }

  async openClaim(text: string | RegExp) {
    await this.claims.filter({ hasText: text }).first().click();
    await expect(this.upholdForm).toBeVisible();
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
