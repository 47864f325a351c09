import { expect, type Locator, type Page } from "@playwright/test";

type PasteFields = { title?: string; outlet?: string; url?: string; publishedAt?: string };

/** The admins' import page (/admin/import): paste one article, or upload a batch. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/import");
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: "Import articles" });
  }

  get pasteForm(): Locator {
    return this.page.getByRole("form", { name: "Paste an article" });
  }

  get title(): Locator {
    return this.page.getByLabel("Title");
  }

  get url(): Locator {
    return this.page.getByLabel("URL");
  }

  get articleText(): Locator {
    return this.page.getByLabel("Article text");
  }

  /** Fills the paste form (only the fields given, and the text) without submitting it. */
  async fill(body: string, fields: PasteFields = {}) {
    if (fields.title !== undefined) await this.title.fill(fields.title);
    if (fields.outlet !== undefined) await this.page.getByLabel("Outlet").fill(fields.outlet);
    if (fields.url !== undefined) await this.url.fill(fields.url);
    if (fields.publishedAt !== undefined)
      await this.page.getByLabel(/Published/).fill(fields.publishedAt);
    await this.articleText.fill(body);
  }

  async submitPaste() {
    await this.page.getByRole("button", { name: "Import article" }).click();
  }

  /** Pastes an article and submits it; returns the result notice. */
  async paste(body: string, fields: PasteFields = {}) {
    await this.fill(body, fields);
    await this.submitPaste();
    return this.result;
  }

  /** The notice of a paste that went in: "Imported:", or "Updated:" for the same URL with a new text. */
  get result(): Locator {
    return this.resultSaying("Imported:");
  }

  resultSaying(lead: "Imported:" | "Updated:"): Locator {
    return this.page.getByRole("status").filter({ hasText: lead });
  }

  /** The paste form's refusal, said in place. */
  get pasteError(): Locator {
    return this.pasteForm.getByRole("alert");
  }

  get error(): Locator {
    return this.page.getByRole("alert");
  }

  /** Uploads files through the batch form and starts the import. */
  async upload(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.page.getByLabel("Files to import").setInputFiles(files);
    await this.page.getByRole("button", { name: "Import files" }).click();
  }

  get results(): Locator {
    return this.page.getByRole("table", { name: "Import results" });
  }

  /** The batch's closing line ("Done: 48 imported, …"). */
  get done(): Locator {
    return this.page.getByRole("status").filter({ hasText: "Done:" });
  }

  get progress(): Locator {
    return this.page.getByRole("progressbar", { name: "Import progress" });
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
