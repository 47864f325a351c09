import type { Page } from "@playwright/test";
import { disputeClaim } from "@/db/services/claims";
import { upholdDispute } from "@/db/services/review";
import { test, expect, signInAs } from "./fixtures";
import { actorFor, claimNow, openAppDb } from "./app-db";

/** The fact-checker's workspace on /articles/[id]: status, notes, sources, links, corrections, history, conflicts. */

const ARTICLE_1370 = "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq";
const ARTICLE_1114 = "1,114 civilians killed by US coalition raids in Iraq and Syria since 2014";
const ARTICLE_624 =
  "Report Reveals At Least 624 Civilians Killed in U.S.-Led Strikes in Iraq and Syria";
const ARTICLE_54 = "US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington";

async function openArticle(page: Page, title: string) {
  await page.goto("/");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
}

function mark(page: Page, text: string) {
  return page.getByTestId("article-body").locator("mark.claim").filter({ hasText: text }).first();
}

/** Chooses a claim the keyboard way: focus its highlight, press Enter. */
async function chooseClaim(page: Page, text: string) {
  await mark(page, text).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("claim-panel").getByRole("heading", { level: 2 })).toContainText(
    text,
  );
}

const panel = (page: Page) => page.getByTestId("claim-panel");

test("verify and dispute by keyboard; a dispute needs a reason; ? shows the shortcuts", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await openArticle(page, ARTICLE_1370);
  await chooseClaim(page, "34,763 strikes");
  await page.keyboard.press("v");
  await expect(panel(page).getByTestId("claim-status")).toHaveText("Verified");
  await expect(panel(page).getByTestId("status-by")).toContainText("Cleo Checker");
  // The server-rendered highlight follows.
  await expect(mark(page, "34,763 strikes")).toHaveClass(/claim--verified/);

  await page.keyboard.press("j");
  await expect(panel(page).getByRole("heading", { level: 2 })).toContainText(
    "at least 1,370 civilians",
  );
  await page.keyboard.press("d");
  const reason = panel(page).getByLabel("Reason for dispute");
  await expect(reason).toBeFocused();
  await page.keyboard.press("Control+Enter");
  await expect(panel(page).getByTestId("dispute-error")).toHaveText(
    "Say why the claim is disputed: a reason is required.",
  );
  await expect(panel(page).getByTestId("claim-status")).toHaveText("Unchecked");

  await reason.fill("The report says 1,370 over five years, not in 2019 alone.");
  await page.keyboard.press("Control+Enter");
  await expect(panel(page).getByTestId("claim-status")).toHaveText("Disputed");
  await expect(panel(page).getByTestId("status-reason")).toContainText("not in 2019 alone");
  await expect(
    page
      .getByTestId("article-body")
      .locator("mark.claim--disputed")
      .filter({ hasText: "at least 1,370 civilians" }),
  ).toHaveCount(1);

  // The history lists both changes, old → new.
  await panel(page).getByTestId("claim-history").locator("summary").click();
  await expect(panel(page).getByTestId("claim-history")).toContainText(
    "status: Unchecked → Disputed",
  );

  await page.keyboard.press("Escape");
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Verify the claim");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a note with a link and a list; markup typed into a note stays text", async ({ page }) => {
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
  await openArticle(page, ARTICLE_1370);
  await chooseClaim(page, "82 open reports");
  // The editor (Tiptap, ProseMirror) is not in the page's bundle; it loads when a note is written.
  expect(await editorLoaded()).toBe(false);

  await page.keyboard.press("n");
  const editor = panel(page).getByRole("textbox", { name: "Note text" });
  await expect(editor).toBeVisible();
  expect(await editorLoaded()).toBe(true);
  await expect(editor).toBeFocused();
  await page.keyboard.type("Monthly report");
  await page.keyboard.press("Shift+Home");
  await panel(page).getByRole("button", { name: "Link", exact: true }).click();
  await panel(page).getByLabel("Link address").fill("https://www.inherentresolve.mil/Releases/");
  await panel(page).getByLabel("Link address").press("Enter");
  await expect(panel(page).getByLabel("Link address")).toHaveCount(0);
  await expect(editor.getByRole("link", { name: "Monthly report" })).toBeVisible();
  await editor.press("End");
  await page.keyboard.press("Enter");
  await panel(page).getByRole("button", { name: "Bullet list" }).click();
  await page.keyboard.type("82 open from before");
  await page.keyboard.press("Enter");
  await page.keyboard.type("41 new in December");
  await panel(page).getByRole("button", { name: "Save note" }).click();

  const note = panel(page).getByTestId("note").first();
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
  await panel(page).getByRole("button", { name: "Save note" }).click();
  await expect(panel(page).getByTestId("note-error")).toHaveText("The note is empty.");
  await panel(page).getByRole("textbox", { name: "Note text" }).press("Escape");

  await page.locator("body").press("n");
  await panel(page)
    .getByRole("textbox", { name: "Note text" })
    .pressSequentially("<img src=x onerror=alert(1)>");
  await panel(page).getByRole("button", { name: "Save note" }).click();
  const hostile = panel(page)
    .getByTestId("note-body")
    .filter({ hasText: "<img src=x onerror=alert(1)>" });
  await expect(hostile).toBeVisible();
  await page.reload();
  await expect(
    panel(page).getByTestId("note-body").filter({ hasText: "<img src=x onerror=alert(1)>" }),
  ).toBeVisible();
  await expect(panel(page).locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);

  // The author can edit their note.
  await panel(page).getByTestId("note").first().getByRole("button", { name: "Edit" }).click();
  const editing = panel(page).getByRole("textbox", { name: "Note text" });
  await editing.press("End");
  await page.keyboard.type(" (table 2)");
  await panel(page).getByRole("button", { name: "Save changes" }).click();
  await expect(panel(page).getByTestId("note").first()).toContainText(
    "41 new in December (table 2)",
  );
  await expect(panel(page).getByTestId("note").first()).toContainText("edited");

  // …and delete it.
  await expect(panel(page).getByTestId("note")).toHaveCount(2);
  await panel(page)
    .getByTestId("note")
    .filter({ hasText: "onerror" })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(panel(page).getByTestId("note")).toHaveCount(1);
});

test("a new source is validated, attached with a stance, and deduplicated by normalised URL", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await openArticle(page, ARTICLE_1370);
  await chooseClaim(page, "41 new reports of civilian casualties");
  await page.keyboard.press("s");
  await expect(panel(page).getByLabel("Find a source")).toBeFocused();
  await panel(page).getByRole("button", { name: "New source…" }).click();
  await panel(page)
    .getByLabel("Title")
    .fill("CJTF-OIR monthly civilian casualty report, December 2019");
  await panel(page).getByLabel("URL").fill("inherentresolve dot mil");
  await panel(page).getByLabel("Publisher").fill("CJTF-OIR");
  await panel(page).getByLabel("Date", { exact: true }).fill("2020-01-30");
  await panel(page).getByLabel("Type").selectOption({ label: "Official report" });
  await panel(page).getByLabel("Stance").selectOption({ label: "Contradicts" });
  await panel(page).getByLabel("Locator").fill("p. 2, table 1");
  await panel(page).getByRole("button", { name: "Attach source" }).click();
  await expect(panel(page).getByLabel("URL")).toBeFocused();
  await expect(panel(page).locator("#new-source-url-error")).toContainText(
    "not a valid web address",
  );
  await expect(panel(page).getByTestId("source-error")).toHaveCount(0);
  await expect(panel(page).getByTestId("claim-sources")).toHaveCount(0);

  await panel(page)
    .getByLabel("URL")
    .fill(
      "https://WWW.inherentresolve.mil:443/Releases/Dec-2019/?utm_source=twitter&utm_medium=social#top",
    );
  await panel(page).getByRole("button", { name: "Attach source" }).click();
  const attached = panel(page).getByTestId("claim-sources");
  await expect(attached).toContainText("CJTF-OIR monthly civilian casualty report, December 2019");
  await expect(attached).toContainText("Contradicts");
  await expect(attached).toContainText("At: p. 2, table 1");

  // The same address in another form is the same library entry.
  await chooseClaim(page, "45 completed casualty allegation reports");
  await page.keyboard.press("s");
  await panel(page).getByRole("button", { name: "New source…" }).click();
  await panel(page).getByLabel("Title").fill("Another title for the same page");
  await panel(page).getByLabel("URL").fill("https://www.inherentresolve.mil/Releases/Dec-2019");
  await panel(page).getByLabel("Stance").selectOption({ label: "Supports" });
  await panel(page).getByRole("button", { name: "Attach source" }).click();
  await expect(panel(page).getByRole("status")).toContainText("already in the library");
  await expect(panel(page).getByTestId("claim-sources")).toContainText(
    "CJTF-OIR monthly civilian casualty report, December 2019",
  );

  // Search as you type finds it for a third claim.
  await chooseClaim(page, "three reports");
  await page.keyboard.press("s");
  await panel(page).getByLabel("Find a source").fill("monthly civilian");
  await panel(page)
    .getByRole("button", { name: /CJTF-OIR monthly civilian casualty report/ })
    .click();
  await panel(page).getByLabel("Stance").selectOption({ label: "Context" });
  await panel(page).getByRole("button", { name: "Attach source" }).click();
  await expect(panel(page).getByTestId("claim-sources")).toContainText("Context");

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
  await signInAs(page, "checker");
  await openArticle(page, ARTICLE_1370);
  await chooseClaim(page, "34,763 strikes");
  await page.keyboard.press("l");
  // By value: 28562 finds the claim whose value is 28,562, in the other article.
  await panel(page).getByLabel("Find a claim").fill("28562");
  const result = panel(page)
    .getByRole("list", { name: "Matching claims" })
    .getByRole("button")
    .filter({ hasText: "“28,562 airstrikes”" });
  await expect(result).toBeVisible();
  await result.click();
  await panel(page)
    .getByLabel("Relation")
    .selectOption({ label: "Part of (a component of the total)" });
  await panel(page).getByRole("button", { name: "Link claims" }).click();
  // Other specs may have linked this claim already (confirmed suggestions): look at this link only.
  const link = panel(page)
    .getByTestId("claim-links")
    .getByRole("listitem")
    .filter({ hasText: ARTICLE_1114 })
    .filter({ hasText: "Part of" });
  await expect(link).toHaveCount(1);
  await expect(link.getByTestId("link-other-value")).toHaveText("28,562");

  // The other end shows it too, with this article's title and value.
  await link.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_1114);
  const back = panel(page)
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
  await signInAs(page, "checker");
  await openArticle(page, ARTICLE_624);
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
  await expect(mark(page, phrase!)).toHaveText(phrase!);
  await expect(panel(page).getByRole("heading", { level: 2 })).toHaveText(`“${phrase}”`);
  await expect(panel(page).getByTestId("claim-facts")).toContainText("Marked by hand");

  // Reject a detection: it leaves the text and the list, and is listed under Rejected.
  await openArticle(page, ARTICLE_54);
  const first = await page
    .getByTestId("claim-list")
    .getByRole("button")
    .first()
    .locator(".claim-item-quote")
    .textContent();
  await chooseClaim(page, first!);
  await panel(page).getByRole("button", { name: "Reject detection" }).click();
  const rejected = page.getByTestId("rejected-claims");
  await expect(rejected).toContainText(first!);
  await expect(page.getByTestId("claim-list").getByRole("button", { name: first! })).toHaveCount(0);
  await rejected.locator("summary").click();
  await rejected.getByRole("button", { name: `Restore “${first}”` }).click();
  await expect(page.getByTestId("rejected-claims")).toHaveCount(0);
  await expect(page.getByTestId("claim-list").getByRole("button", { name: first! })).toHaveCount(1);
  await panel(page).getByTestId("claim-history").locator("summary").click();
  await expect(panel(page).getByTestId("claim-history")).toContainText(
    "Rejected as a false detection",
  );
  await expect(panel(page).getByTestId("claim-history")).toContainText("Restored");
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
  for (const page of [pageA, pageB]) {
    await openArticle(page, ARTICLE_1114);
    await chooseClaim(page, "1,114 civilians");
  }
  await pageA.keyboard.press("v");
  await expect(panel(pageA).getByTestId("claim-status")).toHaveText("Verified");

  // B still sees the old version and disputes it.
  await pageB.keyboard.press("d");
  await panel(pageB).getByLabel("Reason for dispute").fill("Airwars counts differently.");
  await panel(pageB).getByRole("button", { name: "Save dispute" }).click();
  const notice = panel(pageB).getByTestId("conflict-notice");
  await expect(notice).toContainText(
    /Cleo Checker changed this claim at \d\d:\d\d UTC: status is now Verified\. Your change was not saved\./,
  );
  await expect(panel(pageB).getByLabel("Reason for dispute")).toHaveValue(
    "Airwars counts differently.",
  );
  await notice.getByRole("button", { name: "Load the latest version" }).click();
  await expect(panel(pageB).getByTestId("claim-status")).toHaveText("Verified");
  await expect(panel(pageB).getByTestId("conflict-notice")).toHaveCount(0);

  // Now on the latest version, B's dispute (typed text kept) goes through; A's verification is in the history.
  await panel(pageB).getByRole("button", { name: "Save dispute" }).click();
  await expect(panel(pageB).getByTestId("claim-status")).toHaveText("Disputed");
  await panel(pageB).getByTestId("claim-history").locator("summary").click();
  await expect(panel(pageB).getByTestId("claim-history")).toContainText("Verified");
  await expect(panel(pageB).getByTestId("claim-history")).toContainText("Disputed");

  // A, still on the old version, cannot silently overwrite B's dispute either.
  await panel(pageA)
    .getByRole("button", { name: /Dispute/ })
    .click();
  await panel(pageA).getByLabel("Reason for dispute").fill("Stale");
  await panel(pageA).getByRole("button", { name: "Save dispute" }).click();
  await expect(panel(pageA).getByTestId("conflict-notice")).toContainText(
    "Eddie Editor changed this claim",
  );
  await expect(panel(pageA).getByTestId("conflict-notice")).toContainText(
    "reason: Airwars counts differently.",
  );
  await a.close();
  await b.close();
});

test("correcting the detection is saved and listed in the history; an editor's decision shows read-only", async ({
  page,
}) => {
  await signInAs(page, "checker");
  await openArticle(page, ARTICLE_624);
  await chooseClaim(page, "624");
  await page.keyboard.press("e");
  await panel(page).getByLabel("Value").fill("625");
  await panel(page).getByLabel("Time scope").fill("since August 2014");
  await panel(page).getByRole("button", { name: "Save correction" }).click();
  await expect(panel(page).getByTestId("fact-value")).toHaveText("625");
  await panel(page).getByTestId("claim-history").locator("summary").click();
  await expect(panel(page).getByTestId("claim-history")).toContainText("value: 624 → 625");

  // Decisions are written by editors elsewhere (the review queue), through the same services; here they are shown.
  const id = Number(await mark(page, "624").getAttribute("data-claim-id"));
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
  const decision = panel(page).getByTestId("claim-decision");
  await expect(decision).toContainText("Misleading");
  await expect(decision).toContainText("The count excludes one city.");
  await expect(decision).toContainText("Eddie Editor");
  await expect(panel(page).getByRole("button", { name: /Verify/ })).toHaveCount(0);
  // A decided claim belongs to the editors: the checker is offered no correction or rejection.
  await expect(panel(page).getByRole("button", { name: /Correct/ })).toHaveCount(0);
  await expect(panel(page).getByRole("button", { name: "Reject detection" })).toHaveCount(0);
  await page.keyboard.press("e");
  await expect(panel(page).getByLabel("Value")).toHaveCount(0);
  // The history words the decision as the editors' page does.
  await panel(page).getByTestId("claim-history").locator("summary").click();
  await expect(panel(page).getByTestId("claim-history")).toContainText("Upheld the dispute");
});
