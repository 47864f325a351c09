import { listClaimsForArticle } from "@/db/queries/claims";
import { rejectClaim } from "@/db/services/claims";
import { importArticle } from "@/db/services/import-article";
import { actorFor, claimNow, decideClaim, openAppDb } from "./app-db";
import { expect, signInAs, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";

/** A decided claim belongs to the editors (issue #14): rejected by an editor after its decision, it is
 * listed for a checker without the Restore an undecided rejected claim offers; an editor may restore it. */
test("a checker is not offered to restore a decided claim an editor rejected", async ({
  browser,
}) => {
  const app = openAppDb();
  const stamp = Date.now();
  const imported = importArticle(
    app.db,
    {
      title: `Decided claims ${stamp}`,
      outlet: "Spec Wire",
      body: `The depot sent ${stamp % 900} buses out in May. It hired 48 drivers and closed 3 routes.`,
    },
    { actorId: actorFor(app.db, "admin").id },
  );
  if (imported.status !== "created") throw new Error(JSON.stringify(imported));
  const [decided, undecided] = listClaimsForArticle(app.db, { articleId: imported.articleId });
  decideClaim(app.db, decided!.id, {
    verdict: "misleading",
    explanation: "Counted twice.",
  });
  rejectClaim(app.db, actorFor(app.db, "editor"), {
    claimId: decided!.id,
    version: claimNow(app.db, decided!.id).version,
  });
  rejectClaim(app.db, actorFor(app.db, "checker"), {
    claimId: undecided!.id,
    version: claimNow(app.db, undecided!.id).version,
  });
  const decidedQuote = claimNow(app.db, decided!.id).quote;
  const undecidedQuote = claimNow(app.db, undecided!.id).quote;
  app.close();

  const restore = (quote: string) => ({ name: `Restore “${quote}”` });
  for (const [role, mayRestoreDecided] of [
    ["checker", false],
    ["editor", true],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, role);
    const ws = new ArticlePage(page);
    await ws.goto(imported.articleId);
    const rejected = page.getByTestId("rejected-claims");
    await rejected.getByText("Rejected").click();
    await expect(rejected).toContainText(decidedQuote);
    await expect(rejected.getByRole("button", restore(undecidedQuote))).toBeVisible();
    await expect(rejected.getByRole("button", restore(decidedQuote))).toHaveCount(
      mayRestoreDecided ? 1 : 0,
    );
    await context.close();
  }
});
