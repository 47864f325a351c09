import { getDb } from "@/db";
import {
  listArticleIdsForRedetect,
  redetectArticle,
  type RedetectCounts,
} from "@/db/queries/claim-redetect";

/**
 * `npm run claims:redetect`: runs the current detector over every stored article through the
 * reconcile path (one transaction per article). Work people did is never touched; safe to run twice.
 */

const BAR_WIDTH = 30;

function progress(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} articles`;
}

function main(): number {
  const db = getDb();
  const ids = listArticleIdsForRedetect(db);
  const total: RedetectCounts & { articles: number; changedArticles: number } = {
    articles: 0,
    changedArticles: 0,
    added: 0,
    refreshed: 0,
    flagged: 0,
    unflagged: 0,
    unchanged: 0,
  };
  const interactive = process.stderr.isTTY;
  ids.forEach((articleId, index) => {
    const counts = redetectArticle(db, { articleId, actorId: null });
    if (counts) {
      total.articles++;
      if (counts.added + counts.refreshed + counts.flagged + counts.unflagged > 0)
        total.changedArticles++;
      total.added += counts.added;
      total.refreshed += counts.refreshed;
      total.flagged += counts.flagged;
      total.unflagged += counts.unflagged;
      total.unchanged += counts.unchanged;
    }
    const done = index + 1;
    if (interactive) process.stderr.write(`\r${progress(done, ids.length)}`);
    else if (done === ids.length || done % 100 === 0)
      process.stderr.write(`${progress(done, ids.length)}\n`);
  });
  if (interactive) process.stderr.write("\n");
  if (ids.length === 0) process.stderr.write(`${progress(0, 0)}\n`);
  process.stdout.write(
    `Re-detected ${total.articles} articles (${total.changedArticles} changed): ` +
      `${total.added} claims added, ${total.refreshed} refreshed, ${total.flagged} flagged as no longer found, ` +
      `${total.unflagged} found again, ${total.unchanged} unchanged. Reviewed, manual and linked claims were kept.\n`,
  );
  return 0;
}

process.exitCode = main();
