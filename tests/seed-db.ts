import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/db";
import { drainJobs } from "@/db/jobs/worker";
import { importItems } from "@/db/services/import-batch";
import { collectFiles, readItems } from "@/scripts/import";

/** A temporary database holding the five seed articles, imported through the real import path,
 * with the suggestions and flags it queues computed. Returns the article id of each seed file. */
export function seedTempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-suggest-"));
  const { db, sqlite } = createDb(path.join(dir, "test.db"));
  const seeds = path.join(process.cwd(), "seeds");
  const manifest = JSON.parse(fs.readFileSync(path.join(seeds, "manifest.json"), "utf8")) as {
    articles: Record<string, Record<string, unknown>>;
  };
  const summary = importItems(db, readItems(collectFiles([seeds]), manifest.articles), {
    actorId: null,
  });
  drainJobs(db);
  const articleIdByFile = new Map<string, number>();
  for (const r of summary.results)
    if (r.status === "created") articleIdByFile.set(r.label, r.articleId);
  const cleanup = () => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { db, sqlite, articleIdByFile, cleanup };
}
