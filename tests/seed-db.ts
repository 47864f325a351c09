import fs from "node:fs";
import path from "node:path";
import { createTestDb } from "./test-db";
import { drainJobs } from "@/db/jobs/worker";
import { importItems } from "@/db/services/import-batch";
import { collectFiles, readItems } from "@/scripts/import";

/** A temporary database holding the five seed articles, imported through the real import path,
 * with the suggestions and flags it queues computed. Returns the article id of each seed file. */
export function seedTempDb() {
  const { db, sqlite, close: cleanup } = createTestDb({ onDisk: true });
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
  return { db, sqlite, articleIdByFile, cleanup };
}
