import { expect, type Locator, type Page } from "@playwright/test";

/** The editors' alert desk (/review/alerts) and the top bar's count of open alerts. */
export class AlertsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/review/alerts");
    await expect(this.page.getByRole("heading", { level: 1, name: /Alerts/ })).toBeVisible();
  }

  /** The top bar's count ("Alerts 3"). */
  get count(): Locator {
    return this.page.getByTestId("alert-count");
  }

  get cards(): Locator {
    return this.page.getByTestId("alert-card");
  }

  /** The alert whose new figure comes from the article titled `title`. */
  card(title: string | RegExp): Locator {
    return this.cards.filter({
      has: this.page.getByTestId("alert-new").filter({ hasText: title }),
    });
  }

  get message(): Locator {
    return this.page.getByTestId("alert-message");
  }
}
