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

const queueItem = (page: Page, claimId: number) =>
  page.getByTestId("queue-item").and(page.locator(`[data-claim-id="${claimId}"]`));

test("a checker's dispute reaches the queue, the editor upholds it, and the checker sees the verdict", async ({
  browser,
}) => {
  const [claim] = uncheckedClaims(1);
  const reason = "The agency's own count for this district is lower.";

  // The checker disputes it in the workspace: choose the highlight, d, a reason, Ctrl+Enter.
  const checker = await as(browser, "checker");
  await checker.goto(`/articles/${claim!.articleId}`);
  const mark = checker.locator(`mark[data-claim-id="${claim!.id}"]`);
  await mark.focus();
  await checker.keyboard.press("Enter");
  await checker.keyboard.press("d");
  await checker.getByTestId("claim-panel").getByLabel("Reason for dispute").fill(reason);
  await checker.keyboard.press("Control+Enter");
  await expect(checker.getByTestId("claim-panel").getByTestId("claim-status")).toHaveText(
    "Disputed",
  );

  const editor = await as(browser, "editor");
  await editor.goto("/review");
  const item = queueItem(editor, claim!.id);
  await expect(item.getByTestId("dispute-reason")).toHaveText(reason);
  await expect(item).toContainText("Cleo Checker");
  await expect(item).toContainText(DESK_TITLE);
  await item.getByRole("link", { name: `“${claim!.quote}”` }).click();

  await expect(editor.getByRole("heading", { name: "The dispute", exact: true })).toBeVisible();
  await expect(editor.getByTestId("excerpt-claim")).toHaveText(claim!.quote);
  // Keyboard: 3 chooses "Misleading"; u upholds once the explanation is written.
  await editor
    .getByLabel("Public explanation")
    .fill("The district office counts a longer period than the article says.");
  await editor.getByLabel("Public explanation").press("Escape");
  await editor.keyboard.press("3");
  await expect(editor.getByRole("radio", { name: /Misleading/ })).toBeChecked();
  await editor.keyboard.press("u");
  await expect(editor.getByTestId("decision")).toContainText("Verdict: Misleading");
  await expect(editor.getByTestId("decision")).toContainText("counts a longer period");
  await expect(editor.getByTestId("claim-status")).toHaveText("Decided");
  await expect(editor.getByRole("list", { name: "History" })).toContainText("Upheld the dispute");
  await expect(editor.getByRole("list", { name: "History" })).toContainText(
    "verdict: — → Misleading",
  );

  expect(claimNow(db, claim!.id)).toMatchObject({
    status: "decided",
    verdict: "misleading",
    decisionNote: "The district office counts a longer period than the article says.",
    decidedBy: userId("editor"),
  });

  // The checker's article page: the highlight turns 'decided' and the claim panel shows the verdict.
  await checker.reload();
  await expect(mark).toHaveClass(/claim--decided/);
  await expect(mark).toHaveAttribute("aria-label", /Decided/);
  await mark.focus();
  await checker.keyboard.press("Enter");
  await expect(checker.getByTestId("claim-decision")).toContainText("Misleading");
  await expect(checker.getByTestId("claim-decision")).toContainText("counts a longer period");
  await expect(checker.getByTestId("claim-decision")).toContainText("Eddie Editor");
  // The article's history words the decision as the editors' page does.
  await checker.getByTestId("claim-history").locator("summary").click();
  await expect(checker.getByTestId("claim-history")).toContainText("Upheld the dispute");
  await expect(checker.getByTestId("claim-history")).toContainText("verdict: — → Misleading");
  // And on the desk, read-only.
  await checker.goto(`/review/${claim!.id}`);
  await expect(checker.getByTestId("decision")).toContainText("Verdict: Misleading");
  await expect(checker.getByRole("button", { name: "Reopen" })).toHaveCount(0);
});

test("an explanation is required, and a dismissed dispute leaves the queue", async ({
  browser,
}) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Probably a typo in the agency copy.");
  const editor = await as(browser, "editor");
  await editor.goto(`/review/${claim!.id}`);

  await editor.getByRole("radio", { name: /Inaccurate/ }).check();
  await editor.getByRole("button", { name: "Uphold with verdict" }).click();
  await expect(editor.getByText("A public explanation is required.").first()).toBeVisible();

  await editor.getByLabel("Note").fill("The agency copy matches the coalition statement.");
  await editor.getByRole("button", { name: "Dismiss" }).click();
  await expect(editor.getByTestId("claim-status")).toHaveText("Verified");
  await expect(editor.getByRole("list", { name: "History" })).toContainText(
    "Dismissed the dispute",
  );

  await editor.goto("/review");
  await expect(editor.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(queueItem(editor, claim!.id)).toHaveCount(0);
});

test("a checker sees the queue but no decision form", async ({ browser }) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Number not in the cited source.");
  const checker = await as(browser, "checker");
  await checker.goto("/review");
  await expect(checker.getByRole("heading", { name: "Assigned to me" })).toBeVisible();
  await expect(queueItem(checker, claim!.id)).toBeVisible();
  await checker.goto(`/review/${claim!.id}`);
  await expect(checker.getByTestId("dispute-reason")).toHaveText("Number not in the cited source.");
  await expect(checker.getByText("Waiting for an editor’s decision.")).toBeVisible();
  await expect(checker.getByRole("button", { name: "Uphold with verdict" })).toHaveCount(0);
  await expect(checker.getByRole("button", { name: "Dismiss" })).toHaveCount(0);
  await expect(checker.getByLabel("Assigned to")).toHaveCount(0);
});

test("a stale decision is refused with the newer state", async ({ browser }) => {
  const [claim] = uncheckedClaims(1);
  dispute(claim!.id, "Figure rounded up.");
  const editor = await as(browser, "editor");
  await editor.goto(`/review/${claim!.id}`);
  await expect(editor.getByRole("button", { name: "Uphold with verdict" })).toBeVisible();

  // Another editor dismisses it first.
  const other = dismissDispute(db, actor("admin"), {
    claimId: claim!.id,
    version: versionOf(claim!.id),
    note: "Rounding is fine here.",
  });
  expect(other.status).toBe("verified");

  // Upholding takes a verdict that says the claim is wrong.
  await editor
    .getByRole("radio", { name: /Misleading/ })
    .first()
    .check();
  await editor.getByLabel("Public explanation").fill("Rounded up past the published figure.");
  await editor.getByRole("button", { name: "Uphold with verdict" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "Someone else" })).toContainText(
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

  const editor = await as(browser, "editor");
  await editor.goto("/review");
  const items = editor.getByTestId("queue-item");
  await expect(items).toHaveCount(20);
  const firstPage = await items.evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-claim-id")),
  );
  await editor.getByRole("link", { name: "Next page →" }).click();
  await expect(editor).toHaveURL(/after=\d+\.\d+/);
  const secondPage = await items.evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-claim-id")),
  );
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  await editor.getByRole("link", { name: "← Previous page" }).click();
  await expect(items.first()).toHaveAttribute("data-claim-id", firstPage[0]!);

  await editor.getByLabel("Has a contradicting source or link").check();
  await editor.getByRole("button", { name: "Apply filters" }).click();
  await expect(editor).toHaveURL(/contra=1/);
  // Only claims with a contradiction: ours, and none of the rest of the batch (other specs may add their own).
  const target = queueItem(editor, contradicted.id);
  await expect(target.getByRole("list", { name: "Sources" })).toContainText("contradicts");
  const filtered = await items.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute("data-claim-id"))),
  );
  expect(filtered.filter((id) => claims.some((c) => c.id === id))).toEqual([contradicted.id]);
  // The heading counts the matches out of all disputes, never only the total.
  const total = countClaimsByStatus(db).disputed;
  const matching = countDisputedClaims(db, { filters: { contradicted: true } });
  expect(matching).toBeGreaterThanOrEqual(1);
  expect(matching).toBeLessThan(total);
  await expect(editor.getByTestId("queue-count")).toHaveText(
    `(${matching.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} match)`,
  );

  // Oldest first puts the oldest of the batch ahead of the newer disputes.
  await editor.goto("/review?order=oldest");
  await expect(items.first()).toHaveAttribute("data-claim-id", String(claims[23]!.id));

  // j moves through the queue by keyboard; Enter opens the claim.
  await editor.goto("/review");
  // A key pressed before the page has hydrated does nothing: press until the first claim takes focus.
  await expect(async () => {
    await editor.keyboard.press("j");
    await expect(editor.locator("a[data-queue-link]").first()).toBeFocused({ timeout: 500 });
  }).toPass();
  await editor.keyboard.press("j");
  await editor.keyboard.press("Enter");
  await expect(editor).toHaveURL(new RegExp(`/review/${firstPage[1]}$`));

  // ] moves to the next claim in the queue from the decision page.
  await editor.goto(`/review/${claims[0]!.id}`);
  const next = new RegExp(`/review/${claims[1]!.id}$`);
  await expect(async () => {
    if (!next.test(editor.url())) await editor.keyboard.press("]");
    await expect(editor).toHaveURL(next, { timeout: 1000 });
  }).toPass();
  await editor.keyboard.press("?");
  await expect(editor.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});

test("an editor assigns an article's open claims; the checker finds them under Assigned to me", async ({
  browser,
}) => {
  const article = { id: deskArticleId, title: DESK_TITLE };
  const editor = await as(browser, "editor");
  await editor.goto("/");
  await editor.getByRole("link", { name: `Assign claims of ${article.title}` }).click();
  await editor
    .getByLabel(/Assign all \d+ open claims to/)
    .selectOption({ label: "Cleo Checker (checker)" });
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

  const checker = await as(browser, "checker");
  await checker.goto("/review");
  await expect(checker.getByRole("region", { name: "Assigned to me" })).toContainText(
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
  const editor = await as(browser, "editor");
  await editor.goto(`/review/${claim!.id}`);
  await expect(editor.getByTestId("decision")).toContainText("Verdict: Inaccurate");
  await editor.getByRole("button", { name: "Reopen" }).click();
  await expect(editor.getByText("A reason is required.").first()).toBeVisible();
  await editor.getByLabel("Reason").fill("A newer report revises the count upwards.");
  await editor.getByRole("button", { name: "Reopen" }).click();
  await expect(editor.getByTestId("claim-status")).toHaveText("Disputed");
  await expect(editor.getByTestId("dispute-reason")).toHaveText(
    "A newer report revises the count upwards.",
  );
  // The reason is the editor's reopen reason, not the checker's dispute ("Too high.").
  const why = editor.getByRole("region", { name: "Why the decision was reopened" });
  await expect(why).toContainText("Reopened by");
  await expect(editor.getByRole("heading", { name: "The dispute", exact: true })).toHaveCount(0);
  await expect(editor.getByRole("list", { name: "History" })).toContainText(
    "Reopened the decision",
  );
  await editor.goto("/review");
  await expect(queueItem(editor, claim!.id)).toBeVisible();
});
