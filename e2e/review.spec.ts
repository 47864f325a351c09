import type { Browser, Page } from "@playwright/test";
import type { Db } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { listOpenClaimsForArticle } from "@/db/queries/assignments";
import { listClaimsForArticle } from "@/db/queries/claims";
import { listHistoryForArticle } from "@/db/queries/history";
import { disputeClaim } from "@/db/services/claims";
import { dismissDispute, upholdDispute } from "@/db/services/review";
import { attachSource } from "@/db/services/sources";
import { countClaimsByStatus, countDisputedClaims } from "@/db/queries/review";
import { importArticle } from "@/db/services/import-article";
import { actorFor, claimNow, openAppDb } from "./app-db";
import { test, expect, signInAs, type DemoRole } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { pickPerson } from "./pages/person-picker";
import { QueuePage } from "./pages/queue-page";

/**
 * The editors' desk end to end, on an article of its own (imported through the real import path) so that
 * other specs sharing the run's database keep their seed claims as they expect them. The first dispute is
 * made in the fact-checker's workspace; the rest are set up through the same service functions it calls.
 */
const DESK_TITLE = "Desk test: displacement figures by district";
let db: Db;
let closeDb: (() => void) | undefined;
let deskArticleId: number;

test.beforeAll(() => {
  ({ db, close: closeDb } = openAppDb());
  const sentences = Array.from(
    { length: 48 },
    (_, i) =>
      `In district ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}, officials counted ${120 + i * 37} displaced families.`,
  );
  const paragraphs = Array.from({ length: 16 }, (_, p) =>
    sentences.slice(p * 3, p * 3 + 3).join(" "),
  );
  const outcome = importArticle(
    db,
    { title: DESK_TITLE, outlet: "Desk Wire", body: paragraphs.join("\n\n") },
    { actorId: userId("admin") },
  );
  if (outcome.status !== "created" && outcome.status !== "duplicate")
    throw new Error(`desk article: ${JSON.stringify(outcome)}`);
  deskArticleId = outcome.articleId;
});
test.afterAll(() => closeDb?.());

const actor = (role: DemoRole) => actorFor(db, role);
const userId = (role: DemoRole) => actor(role).id;

/** Live, still unchecked claims of the desk article, skipping those earlier tests used. */
function uncheckedClaims(count: number): { id: number; articleId: number; quote: string }[] {
  const rows = listClaimsForArticle(db, { articleId: deskArticleId })
    .filter((c) => c.status === "unchecked")
    .slice(0, count)
    .map((c) => ({ id: c.id, articleId: deskArticleId, quote: c.quote }));
  expect(rows.length, "enough unchecked desk claims").toBe(count);
  return rows;
}

const versionOf = (claimId: number) => claimNow(db, claimId).version;

function dispute(claimId: number, reason: string, at = Date.now()) {
  disputeClaim(db, actor("checker"), { claimId, version: versionOf(claimId), reason, now: at });
}

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

/** A user of `role`, signed in in a browser of their own, on the queue's page object. */
const queueAs = async (browser: Browser, role: DemoRole) => new QueuePage(await as(browser, role));

test("a checker's dispute reaches the queue, the editor upholds it, and the checker sees the verdict", async ({
  browser,
}) => {
  const [claim] = uncheckedClaims(1);
  const reason = "The agency's own count for this district is lower.";

  // The checker disputes it in the workspace: choose the highlight, d, a reason, Ctrl+Enter.
  const checker = new ArticlePage(await as(browser, "checker"));
  await checker.goto(claim!.articleId);
  const mark = checker.markOf(claim!.id);
  await checker.openClaim(claim!.id);
  await checker.dispute(reason);
  await expect(checker.status).toHaveText("Disputed");

  const editor = await queueAs(browser, "editor");
  await editor.goto();
  const item = editor.item(claim!.id);
  await expect(item.getByTestId("dispute-reason")).toHaveText(reason);
  await expect(item).toContainText("Cleo Checker");
  await expect(item).toContainText(DESK_TITLE);
  await item.getByRole("link", { name: `“${claim!.quote}”` }).click();

  await expect(
    editor.page.getByRole("heading", { name: "The dispute", exact: true }),
  ).toBeVisible();
  await expect(editor.page.getByTestId("excerpt-claim")).toHaveText(claim!.quote);
  // Keyboard: 3 chooses "Misleading"; u upholds once the explanation is written.
  await editor.explanation.fill(
    "The district office counts a longer period than the article says.",
  );
  await editor.explanation.press("Escape");
  await editor.page.keyboard.press("3");
  await expect(editor.page.getByRole("radio", { name: /Misleading/ })).toBeChecked();
  await editor.page.keyboard.press("u");
  await expect(editor.decision).toContainText("Verdict: Misleading");
  await expect(editor.decision).toContainText("counts a longer period");
  await expect(editor.status).toHaveText("Decided");
  await expect(editor.history).toContainText("Upheld the dispute");
  await expect(editor.history).toContainText("verdict: — → Misleading");

  expect(claimNow(db, claim!.id)).toMatchObject({
    status: "decided",
    verdict: "misleading",
    decisionNote: "The district office counts a longer period than the article says.",
    decidedBy: userId("editor"),
  });

  // The checker's article page: the highlight turns 'decided' and the claim panel shows the verdict.
  await checker.page.reload();
  await expect(mark).toHaveClass(/claim--decided/);
  await expect(mark).toHaveAttribute("aria-label", /Decided/);
  await checker.openClaim(claim!.id);
  await expect(checker.decision).toContainText("Misleading");
  await expect(checker.decision).toContainText("counts a longer period");
  await expect(checker.decision).toContainText("Eddie Editor");
  // The article's history words the decision as the editors' page does.
  await checker.history.locator("summary").click();
  await expect(checker.history).toContainText("Upheld the dispute");
  await expect(checker.history).toContainText("verdict: — → Misleading");
  // And on the desk, read-only.
  const desk = new QueuePage(checker.page);
  await desk.gotoClaim(claim!.id);
  await expect(desk.decision).toContainText("Verdict: Misleading");
  await expect(desk.reopenButton).toHaveCount(0);
});

test("an explanation is required, and a dismissed dispute leaves the queue", async ({
  browser,
}) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Probably a typo in the agency copy.");
  const editor = await queueAs(browser, "editor");
  await editor.gotoClaim(claim!.id);

  await editor.uphold("Inaccurate", ""); // with no explanation
  await expect(editor.page.getByText("A public explanation is required.").first()).toBeVisible();

  await editor.dismiss("The agency copy matches the coalition statement.");
  await expect(editor.status).toHaveText("Verified");
  await expect(editor.history).toContainText("Dismissed the dispute");

  await editor.goto();
  await expect(editor.page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(editor.item(claim!.id)).toHaveCount(0);
});

test("a checker sees the queue but no decision form", async ({ browser }) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Number not in the cited source.");
  const checker = await queueAs(browser, "checker");
  await checker.goto();
  await expect(checker.page.getByRole("heading", { name: "Assigned to me" })).toBeVisible();
  await expect(checker.item(claim!.id)).toBeVisible();
  await checker.gotoClaim(claim!.id);
  await expect(checker.disputeReason).toHaveText("Number not in the cited source.");
  await expect(checker.page.getByText("Waiting for an editor’s decision.")).toBeVisible();
  await expect(checker.upholdButton).toHaveCount(0);
  await expect(checker.dismissButton).toHaveCount(0);
  await expect(checker.page.getByLabel("Assigned to")).toHaveCount(0);
});

test("a stale decision is refused with the newer state", async ({ browser }) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Figure rounded up.");
  const editor = await queueAs(browser, "editor");
  await editor.gotoClaim(claim!.id);
  await expect(editor.upholdButton).toBeVisible();

  // Another editor dismisses it first.
  const other = dismissDispute(db, actor("admin"), {
    claimId: claim!.id,
    version: versionOf(claim!.id),
    note: "Rounding is fine here.",
  });
  expect(other.status).toBe("verified");

  // Upholding takes a verdict that says the claim is wrong.
  await editor.uphold("Misleading", "Rounded up past the published figure.");
  await expect(editor.page.getByRole("alert").filter({ hasText: "Someone else" })).toContainText(
    "Someone else changed this claim first: it is now Verified (“Rounding is fine here.”)",
  );
  expect(claimNow(db, claim!.id).status).toBe("verified");
});

test("the queue filters and pages with a keyset cursor", async ({ browser }) => {
  const claims = uncheckedClaims(24);
  const base = Date.now() - 3_600_000;
  claims.forEach((c, i) => dispute(c.id, `Batch dispute ${i}`, base - i * 1000));
  // One of them has a contradicting source: the filter must find exactly that one among these.
  const contradicted = claims[5]!;
  attachSource(db, actor("checker"), {
    claimId: contradicted.id,
    stance: "contradicts",
    locator: null,
    source: {
      title: "Monitor assessment",
      url: "https://monitor.example/a",
      publisher: "Monitor",
      publishedOn: null,
      type: "ngo",
    },
  });

  const editor = await queueAs(browser, "editor");
  await editor.goto();
  const items = editor.items;
  await expect(items).toHaveCount(20);
  const firstPage = await editor.itemIds();
  await editor.nextPage();
  await expect(editor.page).toHaveURL(/after=\d+\.\d+/);
  const secondPage = await editor.itemIds();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  await editor.previousPage();
  await expect(items.first()).toHaveAttribute("data-claim-id", firstPage[0]!);

  await editor.showOnlyContradicted();
  await expect(editor.page).toHaveURL(/contra=1/);
  // Only claims with a contradiction: ours, and none of the rest of the batch (other specs may add their own).
  const target = editor.item(contradicted.id);
  await expect(target.getByRole("list", { name: "Sources" })).toContainText("contradicts");
  const filtered = (await editor.itemIds()).map(Number);
  expect(filtered.filter((id) => claims.some((c) => c.id === id))).toEqual([contradicted.id]);
  // The heading counts the matches out of all disputes, never only the total.
  const total = countClaimsByStatus(db).disputed;
  const matching = countDisputedClaims(db, { filters: { contradicted: true } });
  expect(matching).toBeGreaterThanOrEqual(1);
  expect(matching).toBeLessThan(total);
  await expect(editor.count).toHaveText(
    `(${matching.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} match)`,
  );

  // Oldest first puts the oldest of the batch ahead of the newer disputes.
  await editor.goto("?order=oldest");
  await expect(items.first()).toHaveAttribute("data-claim-id", String(claims[23]!.id));

  // j moves through the queue by keyboard; Enter opens the claim.
  await editor.goto();
  await editor.focusFirstClaimByKeyboard();
  await editor.page.keyboard.press("j");
  await editor.page.keyboard.press("Enter");
  await expect(editor.page).toHaveURL(new RegExp(`/review/${firstPage[1]}$`));

  // ] moves to the next claim in the queue from the decision page.
  await editor.gotoClaim(claims[0]!.id);
  const next = new RegExp(`/review/${claims[1]!.id}$`);
  await expect(async () => {
    if (!next.test(editor.page.url())) await editor.page.keyboard.press("]");
    await expect(editor.page).toHaveURL(next, { timeout: 1000 });
  }).toPass();
  await editor.page.keyboard.press("?");
  await expect(editor.page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});

test("an editor assigns an article's open claims; the checker finds them under Assigned to me", async ({
  browser,
}) => {
  const article = { id: deskArticleId, title: DESK_TITLE };
  const editor = await as(browser, "editor");
  await editor.goto(`/?q=${encodeURIComponent(article.title)}`);
  await editor.getByRole("link", { name: `Assign claims of ${article.title}` }).click();
  await pickPerson(editor, /Assign all \d+ open claims to/, "cleo", "Cleo Checker");
  await editor.getByRole("button", { name: "Assign" }).click();
  await expect(editor.getByRole("status")).toContainText(/\d+ claims? assigned/);
  await expect(editor.getByRole("table", { name: "Open claims" }).getByText("Nobody")).toHaveCount(
    0,
  );

  const open = listOpenClaimsForArticle(db, { articleId: article.id });
  expect(open.length).toBeGreaterThan(0);
  expect(open.filter((c) => c.assigneeId !== userId("checker"))).toEqual([]);
  const assigned = listHistoryForArticle(db, { articleId: article.id }).filter(
    (e) => e.action === "claim.assigned",
  );
  expect(assigned.length).toBe(open.length);

  const checker = await queueAs(browser, "checker");
  await checker.goto();
  await expect(checker.page.getByRole("region", { name: "Assigned to me" })).toContainText(
    `in ${article.title}`,
  );
});

test("the article list filters to articles with disputes and shows progress", async ({ page }) => {
  await signInAs(page, "checker");
  await page.getByRole("link", { name: "Has disputed claims" }).click();
  await expect(page).toHaveURL(/state=disputed/);
  // Row 0 is the header row.
  const firstRow = page.getByRole("table", { name: "Articles" }).getByRole("row").nth(1);
  // The newest article with a dispute (from the tests above) comes first; worked out here from the
  // counts of the whole newest-first list, not by the page's own query.
  const newest = listArticles(db).find((a) => a.disputedCount > 0)!;
  await expect(firstRow.getByRole("link").first()).toHaveText(newest.title);
  await expect(firstRow.getByRole("img", { name: /claims checked/ })).toBeVisible();
});

test("an editor reopens a decided claim with a reason; it returns to the queue", async ({
  browser,
}) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Too high.");
  upholdDispute(db, actor("editor"), {
    claimId: claim!.id,
    version: versionOf(claim!.id),
    verdict: "inaccurate",
    explanation: "Too high by half.",
  });
  const editor = await queueAs(browser, "editor");
  await editor.gotoClaim(claim!.id);
  await expect(editor.decision).toContainText("Verdict: Inaccurate");
  await editor.reopen();
  await expect(editor.page.getByText("A reason is required.").first()).toBeVisible();
  await editor.reopen("A newer report revises the count upwards.");
  await expect(editor.status).toHaveText("Disputed");
  await expect(editor.disputeReason).toHaveText("A newer report revises the count upwards.");
  // The reason is the editor's reopen reason, not the checker's dispute ("Too high.").
  const why = editor.page.getByRole("region", { name: "Why the decision was reopened" });
  await expect(why).toContainText("Reopened by");
  await expect(editor.page.getByRole("heading", { name: "The dispute", exact: true })).toHaveCount(
    0,
  );
  await expect(editor.history).toContainText("Reopened the decision");
  await editor.goto();
  await expect(editor.item(claim!.id)).toBeVisible();
});
