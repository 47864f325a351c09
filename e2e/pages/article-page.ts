import { expect, type Locator, type Page } from "@playwright/test";

/** The fact-checker's workspace on /articles/[id]: the text, its highlights, the claim panel and list. */
export class ArticlePage {
  readonly body: Locator;
  readonly panel: Locator;
  readonly list: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByTestId("article-body");
    this.panel = page.getByTestId("claim-panel");
    this.list = page.getByTestId("claim-list");
    this.toast = page.getByTestId("toast");
  }

  async goto(id: number, hash = "") {
    await this.page.goto(`/articles/${id}${hash}`);
    await expect(this.body).toBeVisible();
  }

  /** From the article list, by its exact title, searched for as a user would: the list is paged, and
   * an undated article sits after every dated one the other specs import. */
  async open(title: string) {
    await this.page.goto(`/?q=${encodeURIComponent(title)}`);
    await this.page.getByRole("link", { name: title, exact: true }).click();
    await expect(this.body).toBeVisible();
  }

  /** The highlight whose whole text is `text` ("5 damaged bridges" is not "15 damaged bridges"). */
  marks(text: string): Locator {
    const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
    return this.body.locator("mark.claim").filter({ hasText: exact });
  }

  mark(text: string): Locator {
    return this.marks(text).first();
  }

  /** The first highlight whose text contains `text` (a part of the claim's words). */
  markContaining(text: string): Locator {
    return this.body.locator("mark.claim").filter({ hasText: text }).first();
  }

  /** The highlight of one claim, by its id. */
  markOf(claimId: number): Locator {
    return this.body.locator(`mark[data-claim-id="${claimId}"]`);
  }

  /** The highlight of the claim whose panel is open. */
  get currentMark(): Locator {
    return this.body.locator("mark.claim[aria-current=true]");
  }

  get heading(): Locator {
    return this.panel.getByRole("heading", { level: 2 });
  }

  get status(): Locator {
    return this.panel.getByTestId("claim-status");
  }

  /** Chooses a claim the keyboard way: focus its highlight, press Enter. */
  async chooseClaim(text: string) {
    await this.choose(this.mark(text), text);
  }

  /** As `chooseClaim`, by the first highlight that contains `text`. */
  async chooseClaimContaining(text: string) {
    await this.choose(this.markContaining(text), text);
  }

  private async choose(mark: Locator, text: string) {
    await mark.focus();
    await this.page.keyboard.press("Enter");
    await expect(this.heading).toContainText(text);
  }

  /** Opens a claim's panel the keyboard way, by its id: focus its highlight, press Enter. */
  async openClaim(claimId: number) {
    await this.markOf(claimId).focus();
    await this.page.keyboard.press("Enter");
  }

  get disputeReason(): Locator {
    return this.panel.getByLabel("Reason for dispute");
  }

  /** Disputes the open claim by keyboard: d, the reason, Ctrl+Enter. */
  async dispute(reason: string) {
    await this.page.keyboard.press("d");
    await this.disputeReason.fill(reason);
    await this.page.keyboard.press("Control+Enter");
  }

  async saveDispute() {
    await this.panel.getByRole("button", { name: "Save dispute" }).click();
  }

  /** Said when someone else changed the claim first. */
  get conflictNotice(): Locator {
    return this.panel.getByTestId("conflict-notice");
  }

  /** The open claim's notes, newest first. */
  get notes(): Locator {
    return this.panel.getByTestId("note");
  }

  /** The note editor (Tiptap), once a note is being written or edited. */
  get noteEditor(): Locator {
    return this.panel.getByRole("textbox", { name: "Note text" });
  }

  async saveNote() {
    await this.panel.getByRole("button", { name: "Save note" }).click();
  }

  /** The editor's decision on the open claim, as the workspace shows it. */
  get decision(): Locator {
    return this.panel.getByTestId("claim-decision");
  }

  get history(): Locator {
    return this.panel.getByTestId("claim-history");
  }

  /** The id of the element that has focus, or its accessible description when it has none. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "body";
      return (
        el.id || el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 40) || el.tagName
      );
    });
  }
}
