import { disputeClaim } from "@/db/services/claims";
import { upholdDispute } from "@/db/services/review";
import { test, expect, signInAs } from "./fixtures";
import { actorFor, claimNow, openAppDb } from "./app-db";
import { ArticlePage } from "./pages/article-page";

/** The fact-checker's workspace on /articles/[id]: status, notes, sources, links, corrections, history, conflicts. */

const ARTICLE_1370 = "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq";
const ARTICLE_1114 = "1,114 civilians killed by US coalition raids in Iraq and Syria since 2014";
const ARTICLE_624 =
  "Report Reveals At Least 624 Civilians Killed in U.S.-Led Strikes in Iraq and Syria";
const ARTICLE_54 = "US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington";

test("verify and dispute by keyboard; a dispute needs a reason; ? shows the shortcuts", async ({
  page,
}) => {
  const ws = new ArticlePage(page);
  await signInAs(page, "checker");
  await ws.open(ARTICLE_1370);
  await ws.chooseClaimContaining("34,763 strikes");
  await page.keyboard.press("v");
  await expect(ws.status).toHaveText("Verified");
  await expect(ws.panel.getByTestId("status-by")).toContainText("Cleo Checker");
  // The server-rendered highlight follows.
  await expect(ws.markContaining("34,763 strikes")).toHaveClass(/claim--verified/);

  await page.keyboard.press("j");
  await expect(ws.heading).toContainText("at least 1,370 civilians");
  await page.keyboard.press("d");
  const reason = ws.disputeReason;
  await expect(reason).toBeFocused();
  await page.keyboard.press("Control+Enter");
  // Said once, beside the reason, which keeps the focus.
  await expect(
    ws.panel.getByText("Say why the claim is disputed: a reason is required."),
  ).toHaveCount(1);
  await expect(reason).toHaveAccessibleDescription(
    "Say why the claim is disputed: a reason is required.",
  );
  await expect(ws.panel.getByTestId("dispute-error")).toHaveCount(0);
  await expect(reason).toBeFocused();
  await expect(ws.status).toHaveText("Unchecked");

  await reason.fill("The report says 1,370 over five years, not in 2019 alone.");
  await page.keyboard.press("Control+Enter");
  await expect(ws.status).toHaveText("Disputed");
  await expect(ws.panel.getByTestId("status-reason")).toContainText("not in 2019 alone");
  await expect(
    ws.body.locator("mark.claim--disputed").filter({ hasText: "at least 1,370 civilians" }),
  ).toHaveCount(1);

  // The history lists both changes, old → new.
  await ws.history.locator("summary").click();
  await expect(ws.history).toContainText("status: Unchecked → Disputed");

  await page.keyboard.press("Escape");
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Verify the claim");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a note with a link and a list; markup typed into a note stays text", async ({ page }) => {
  const ws = new ArticlePage(page);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  const scripts: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js")) scripts.push(r.text().catch(() => ""));
  });
  const editorLoaded = async () =>
    (await Promise.all(scripts)).some((code) => code.includes("ProseMirror"));
  await signInAs(page, "checker");
  await ws.open(ARTICLE_1370);
  await ws.chooseClaimContaining("82 open reports");
  // The editor (Tiptap, ProseMirror) is not in the page's bundle; it loads when a note is written.
  expect(await editorLoaded()).toBe(false);

  await page.keyboard.press("n");
  const editor = ws.noteEditor;
  await expect(editor).toBeVisible();
  expect(await editorLoaded()).toBe(true);
  await expect(editor).toBeFocused();
  await page.keyboard.type("Monthly report");
  await page.keyboard.press("Shift+Home");
  await ws.panel.getByRole("button", { name: "Link", exact: true }).click();
  await ws.panel.getByLabel("Link address").fill("https://www.inherentresolve.mil/Releases/");
  await ws.panel.getByLabel("Link address").press("Enter");
  await expect(ws.panel.getByLabel("Link address")).toHaveCount(0);
  await expect(editor.getByRole("link", { name: "Monthly report" })).toBeVisible();
  await editor.press("End");
  await page.keyboard.press("Enter");
  await ws.panel.getByRole("button", { name: "Bullet list" }).click();
  await page.keyboard.type("82 open from before");
  await page.keyboard.press("Enter");
  await page.keyboard.type("41 new in December");
  await ws.saveNote();

  const note = ws.notes.first();
  await expect(note).toContainText("Cleo Checker");
  const body = note.getByTestId("note-body");
  await expect(body.getByRole("link", { name: "Monthly report" })).toHaveAttribute(
    "href",
    "https://www.inherentresolve.mil/Releases/",
  );
  await expect(body.getByRole("listitem")).toHaveText([
    "82 open from before",
    "41 new in December",
  ]);

  // An empty note is refused in place.
  await page.keyboard.press("n");
  await ws.saveNote();
  await expect(ws.panel.getByText("The note is empty.")).toHaveCount(1);
  await expect(ws.noteEditor).toHaveAccessibleDescription("The note is empty.");
  await expect(ws.noteEditor).toBeFocused();
  await ws.noteEditor.press("Escape");

  await page.locator("body").press("n");
  await ws.noteEditor.pressSequentially("<img src=x onerror=alert(1)>");
  await ws.saveNote();
  const hostile = ws.panel
    .getByTestId("note-body")
    .filter({ hasText: "<img src=x onerror=alert(1)>" });
  await expect(hostile).toBeVisible();
  await page.reload();
  await expect(
    ws.panel.getByTestId("note-body").filter({ hasText: "<img src=x onerror=alert(1)>" }),
  ).toBeVisible();
  await expect(ws.panel.locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);

  // The author can edit their note.
  await ws.notes.first().getByRole("button", { name: "Edit" }).click();
  const editing = ws.noteEditor;
  await editing.press("End");
  await page.keyboard.type(" (table 2)");
  await ws.panel.getByRole("button", { name: "Save changes" }).click();
  await expect(ws.notes.first()).toContainText("41 new in December (table 2)");
  await expect(ws.notes.first()).toContainText("edited");

  // …and delete it.
  await expect(ws.notes).toHaveCount(2);
  await ws.notes.filter({ hasText: "onerror" }).getByRole("button", { name: "Delete" }).click();
  await expect(ws.notes).toHaveCount(1);
});

test("a new source is validated, attached with a stance, and deduplicated by normalised URL", async ({
  page,
}) => {
  const ws = new ArticlePage(page);
  await signInAs(page, "checker");
  await ws.open(ARTICLE_1370);
  await ws.chooseClaimContaining("41 new reports of civilian casualties");
  await page.keyboard.press("s");
  await expect(ws.panel.getByLabel("Find a source")).toBeFocused();
  await ws.panel.getByRole("button", { name: "New source…" }).click();
  await ws.panel
    .getByLabel("Title")
    .fill("CJTF-OIR monthly civilian casualty report, December 2019");
  await ws.panel.getByLabel("URL").fill("inherentresolve dot mil");
  await ws.panel.getByLabel("Publisher").fill("CJTF-OIR");
  await ws.panel.getByLabel("Date", { exact: true }).fill("2020-01-30");
  await ws.panel.getByLabel("Type").selectOption({ label: "Official report" });
  await ws.panel.getByLabel("Stance").selectOption({ label: "Contradicts" });
  await ws.panel.getByLabel("Locator").fill("p. 2, table 1");
  await ws.panel.getByRole("button", { name: "Attach source" }).click();
  await expect(ws.panel.getByLabel("URL")).toBeFocused();
  await expect(ws.panel.locator("#new-source-url-error")).toContainText("not a valid web address");
  await expect(ws.panel.getByTestId("source-error")).toHaveCount(0);
  await expect(ws.panel.getByTestId("claim-sources")).toHaveCount(0);

  await ws.panel
    .getByLabel("URL")
    .fill(
      "https://WWW.inherentresolve.mil:443/Releases/Dec-2019/?utm_source=twitter&utm_medium=social#top",
    );
  await ws.panel.getByRole("button", { name: "Attach source" }).click();
  const attached = ws.panel.getByTestId("claim-sources");
  await expect(attached).toContainText("CJTF-OIR monthly civilian casualty report, December 2019");
  await expect(attached).toContainText("Contradicts");
  await expect(attached).toContainText("At: p. 2, table 1");

  // The same address in another form is the same library entry.
  await ws.chooseClaimContaining("45 completed casualty allegation reports");
  await page.keyboard.press("s");
  await ws.panel.getByRole("button", { name: "New source…" }).click();
  await ws.panel.getByLabel("Title").fill("Another title for the same page");
  await ws.panel.getByLabel("URL").fill("https://www.inherentresolve.mil/Releases/Dec-2019");
  await ws.panel.getByLabel("Stance").selectOption({ label: "Supports" });
  await ws.panel.getByRole("button", { name: "Attach source" }).click();
  await expect(ws.panel.getByRole("status")).toContainText("already in the library");
  await expect(ws.panel.getByTestId("claim-sources")).toContainText(
    "CJTF-OIR monthly civilian casualty report, December 2019",
  );

  // Search as you type finds it for a third claim.
  await ws.chooseClaimContaining("three reports");
  await page.keyboard.press("s");
  await ws.panel.getByLabel("Find a source").fill("monthly civilian");
  await ws.panel.getByRole("button", { name: /CJTF-OIR monthly civilian casualty report/ }).click();
  await ws.panel.getByLabel("Stance").selectOption({ label: "Context" });
  await ws.panel.getByRole("button", { name: "Attach source" }).click();
  await expect(ws.panel.getByTestId("claim-sources")).toContainText("Context");

  await page.getByRole("navigation").getByRole("link", { name: "Sources" }).click();
  const library = page.getByRole("table", { name: "Sources" });
  await expect(library.getByRole("row").filter({ hasText: "inherentresolve" })).toHaveCount(1);
  await library.getByRole("link", { name: /CJTF-OIR monthly/ }).click();
  const citing = page.getByRole("table", { name: "Claims citing this source" });
  await expect(citing.locator("tbody tr")).toHaveCount(3);
  await expect(citing).toContainText("41 new reports of civilian casualties");
  await expect(citing).toContainText("Contradicts");
});

test("a cross-article link shows on both claims and can be removed", async ({ page }) => {
  const ws = new ArticlePage(page);
  await signInAs(page, "checker");
  await ws.open(ARTICLE_1370);
  await ws.chooseClaimContaining("34,763 strikes");
  await page.keyboard.press("l");
  // By value: 28562 finds the claim whose value is 28,562, in the other article.
  await ws.panel.getByLabel("Find a claim").fill("28562");
  const result = ws.panel
    .getByRole("list", { name: "Matching claims" })
    .getByRole("button")
    .filter({ hasText: "“28,562 airstrikes”" });
  await expect(result).toBeVisible();
  await result.click();
  await ws.panel
    .getByLabel("Relation")
    .selectOption({ label: "Part of (a component of the total)" });
  await ws.panel.getByRole("button", { name: "Link claims" }).click();
  // Other specs may have linked this claim already (confirmed suggestions): look at this link only.
  const link = ws.panel
    .getByTestId("claim-links")
    .getByRole("listitem")
    .filter({ hasText: ARTICLE_1114 })
    .filter({ hasText: "Part of" });
  await expect(link).toHaveCount(1);
  await expect(link.getByTestId("link-other-value")).toHaveText("28,562");

  // The other end shows it too, with this article's title and value.
  await link.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_1114);
  const back = ws.panel
    .getByTestId("claim-links")
    .getByRole("listitem")
    .filter({ hasText: ARTICLE_1370 })
    .filter({ hasText: "Includes" });
  await expect(back).toHaveCount(1);
  await expect(back.getByTestId("link-other-value")).toHaveText("34,763");
  await back.getByRole("button", { name: "Remove link" }).click();
  await expect(back).toHaveCount(0);
});

test("a manual claim from a selection; a rejected detection is listed and restored", async ({
  page,
}) => {
  const ws = new ArticlePage(page);
  await signInAs(page, "checker");
  await ws.open(ARTICLE_624);
  const phrase = await page.evaluate(() => {
    // Select a phrase the detector did not mark: three plain words inside the first long paragraph.
    const root = document.querySelector('[data-testid="article-body"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("mark")) continue;
      const m = /\b[A-Za-z]{4,} [A-Za-z]{3,} [A-Za-z]{4,}\b/.exec(node.textContent ?? "");
      if (!m) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return m[0];
    }
    return null;
  });
  expect(phrase).not.toBeNull();
  const offer = page.getByRole("region", { name: "Selected text" });
  await expect(offer).toContainText(phrase!);
  await page.keyboard.press("m");
  await expect(ws.markContaining(phrase!)).toHaveText(phrase!);
  await expect(ws.heading).toHaveText(`“${phrase}”`);
  await expect(ws.panel.getByTestId("claim-facts")).toContainText("Marked by hand");

  // Reject a detection: it leaves the text and the list, and is listed under Rejected.
  await ws.open(ARTICLE_54);
  const first = await page
    .getByTestId("claim-list")
    .getByRole("button")
    .first()
    .locator(".claim-item-quote")
    .textContent();
  await ws.chooseClaimContaining(first!);
  await ws.panel.getByRole("button", { name: "Reject detection" }).click();
  const rejected = page.getByTestId("rejected-claims");
  await expect(rejected).toContainText(first!);
  await expect(ws.list.getByRole("button", { name: first! })).toHaveCount(0);
  await rejected.locator("summary").click();
  await rejected.getByRole("button", { name: `Restore “${first}”` }).click();
  await expect(page.getByTestId("rejected-claims")).toHaveCount(0);
  await expect(ws.list.getByRole("button", { name: first! })).toHaveCount(1);
  await ws.history.locator("summary").click();
  await expect(ws.history).toContainText("Rejected as a false detection");
  await expect(ws.history).toContainText("Restored");
});

test("two checkers on one claim: the stale write is refused with the newer state, nothing is lost", async ({
  browser,
}) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signInAs(pageA, "checker");
  await signInAs(pageB, "editor");
  const [wsA, wsB] = [new ArticlePage(pageA), new ArticlePage(pageB)];
  for (const ws of [wsA, wsB]) {
    await ws.open(ARTICLE_1114);
    await ws.chooseClaimContaining("1,114 civilians");
  }
  await pageA.keyboard.press("v");
  await expect(wsA.status).toHaveText("Verified");

  // B still sees the old version and disputes it.
  await pageB.keyboard.press("d");
  await wsB.disputeReason.fill("Airwars counts differently.");
  await wsB.saveDispute();
  const notice = wsB.conflictNotice;
  await expect(notice).toContainText(
    /Cleo Checker changed this claim at \d\d:\d\d UTC: status is now Verified\. Your change was not saved\./,
  );
  await expect(wsB.disputeReason).toHaveValue("Airwars counts differently.");
  await notice.getByRole("button", { name: "Load the latest version" }).click();
  await expect(wsB.status).toHaveText("Verified");
  await expect(wsB.conflictNotice).toHaveCount(0);

  // Now on the latest version, B's dispute (typed text kept) goes through; A's verification is in the history.
  await wsB.saveDispute();
  await expect(wsB.status).toHaveText("Disputed");
  await wsB.history.locator("summary").click();
  await expect(wsB.history).toContainText("Verified");
  await expect(wsB.history).toContainText("Disputed");

  // A, still on the old version, cannot silently overwrite B's dispute either.
  await wsA.panel.getByRole("button", { name: /Dispute/ }).click();
  await wsA.disputeReason.fill("Stale");
  await wsA.saveDispute();
  await expect(wsA.conflictNotice).toContainText("Eddie Editor changed this claim");
  await expect(wsA.conflictNotice).toContainText("reason: Airwars counts differently.");
  await a.close();
  await b.close();
});

test("correcting the detection is saved and listed in the history; an editor's decision shows read-only", async ({
  page,
}) => {
  const ws = new ArticlePage(page);
  await signInAs(page, "checker");
  await ws.open(ARTICLE_624);
  await ws.chooseClaimContaining("624");
  await page.keyboard.press("e");
  await ws.panel.getByLabel("Value").fill("625");
  await ws.panel.getByLabel("Time scope").fill("since August 2014");
  await ws.panel.getByRole("button", { name: "Save correction" }).click();
  await expect(ws.panel.getByTestId("fact-value")).toHaveText("625");
  await ws.history.locator("summary").click();
  await expect(ws.history).toContainText("value: 624 → 625");

  // Decisions are written by editors elsewhere (the review queue), through the same services; here they are shown.
  const id = Number(await ws.markContaining("624").getAttribute("data-claim-id"));
  const app = openAppDb();
  const disputed = disputeClaim(app.db, actorFor(app.db, "checker"), {
    claimId: id,
    version: claimNow(app.db, id).version,
    reason: "The period is longer.",
  });
  upholdDispute(app.db, actorFor(app.db, "editor"), {
    claimId: id,
    version: disputed.version,
    verdict: "misleading",
    explanation: "The count excludes one city.",
  });
  app.close();
  await page.reload();
  const decision = ws.decision;
  await expect(decision).toContainText("Misleading");
  await expect(decision).toContainText("The count excludes one city.");
  await expect(decision).toContainText("Eddie Editor");
  await expect(ws.panel.getByRole("button", { name: /Verify/ })).toHaveCount(0);
  // A decided claim belongs to the editors: the checker is offered no correction or rejection.
  await expect(ws.panel.getByRole("button", { name: /Correct/ })).toHaveCount(0);
  await expect(ws.panel.getByRole("button", { name: "Reject detection" })).toHaveCount(0);
  await page.keyboard.press("e");
  await expect(ws.panel.getByLabel("Value")).toHaveCount(0);
  // The history words the decision as the editors' page does.
  await ws.history.locator("summary").click();
  await expect(ws.history).toContainText("Upheld the dispute");
});
