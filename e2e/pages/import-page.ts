import { expect, type Locator, type Page } from "@playwright/test";

/** The admins' import page (/admin/import): paste one article, or upload a batch. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/import");
    await expect(this.page.getByRole("heading", { name: "Import articles" })).toBeVisible();
  }

  get articleText(): Locator {
    return this.page.getByLabel("Article text");
  }

  /** Pastes an article and submits it; returns the result notice. */
  async paste(body: string, fields: { outlet?: string; publishedAt?: string } = {}) {
    if (fields.outlet !== undefined) await this.page.getByLabel("Outlet").fill(fields.outlet);
    if (fields.publishedAt !== undefined)
      await this.page.getByLabel(/Published/).fill(fields.publishedAt);
    await this.articleText.fill(body);
    await this.page.getByRole("button", { name: "Import article" }).click();
    return this.result;
  }

  get result(): Locator {
    return this.page.getByRole("status").filter({ hasText: "Imported:" });
  }

  get error(): Locator {
    return this.page.getByRole("alert");
  }

  /** Imports an article and returns its id (from the link in the result). */
  async importArticle(body: string, fields: { outlet?: string } = {}): Promise<number> {
    const result = await this.paste(body, fields);
    await expect(result).toBeVisible({ timeout: 30_000 });
    const href = await result.getByRole("link").first().getAttribute("href");
    const id = Number(/\/articles\/(\d+)/.exec(href ?? "")?.[1]);
    expect(id, "imported article id").toBeGreaterThan(0);
    return id;
  }
}
