import fs from "node:fs";
import path from "node:path";
import { getDb, closeDb } from "@/db";
import { itemsFromFile, type ImportItem } from "@/lib/import/files";
import { importItems } from "@/db/services/import-batch";
import { drainJobs } from "@/db/jobs/worker";
import { importByUrl } from "@/db/services/url-imports";

const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg);

/** `npm run import -- https://…`: each address fetched on this machine within the fetch limits
 * (TALLY_FETCH_ALLOW applies), kept and imported; returns how many failed. */
async function importUrls(urls: string[]): Promise<number> {
  let failed = 0;
  for (const [index, url] of urls.entries()) {
    const outcome = await importByUrl(getDb(), { actorId: null, url });
    const detail =
      outcome.status === "failed"
        ? `FAILED: ${outcome.error}`
        : `${outcome.status} #${outcome.articleId} "${outcome.title}" (${outcome.claimCount} claims)`;
    process.stdout.write(`[${index + 1}/${urls.length}] ${url}: ${detail}\n`);
    if (outcome.status === "failed") failed++;
  }
  return failed;
}

/** `npm run import -- PATH...`: files or folders; prints progress and a summary; exits 1 if anything failed. */
function collectFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`No such file or folder: ${p}`);
    if (!stat.isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((f) => /\.(txt|md|html?|json|ndjson)$/i.test(f) && f !== "manifest.json")
      .sort()
      .map((f) => path.join(p, f));
  });
}

export function readItems(
  files: string[],
  overrides: Record<string, Record<string, unknown>> = {},
): ImportItem[] {
  return files.flatMap((file) =>
    itemsFromFile(path.basename(file), fs.readFileSync(file, "utf8")).map((item) =>
      item.ok ? { ...item, input: { ...item.input, ...overrides[path.basename(file)] } } : item,
    ),
  );
}

/** The seed articles in `dir` as import items, each with its fields from the folder's manifest.json. */
export function readSeedItems(dir: string): ImportItem[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
    articles: Record<string, Record<string, unknown>>;
  };
  return readItems(collectFiles([dir]), manifest.articles);
}

export function runImport(
  files: string[],
  overrides?: Record<string, Record<string, unknown>>,
): number {
  const items = readItems(files, overrides);
  const summary = importItems(getDb(), items, {
    actorId: null,
    onProgress(done, total, result) {
      const detail =
        result.status === "failed"
          ? `FAILED: ${result.error}`
          : `${result.status} #${result.articleId} (${result.claimCount} claims)`;
      process.stdout.write(`[${done}/${total}] ${result.label}: ${detail}\n`);
    },
  });
  console.log(
    `Imported ${summary.created}, updated ${summary.updated}, duplicates ${summary.duplicates}, failed ${summary.failed}.`,
  );
  // The imports queued their suggestions and flags; a CLI run leaves them computed rather than waiting
  // for a server's worker.
  const ran = drainJobs(getDb());
  if (ran) console.log(`Computed suggestions and flags (${ran} background jobs).`);
  return summary.failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error(
      "Usage: npm run import -- PATH|URL... (.txt .md .html .json .ndjson files or folders, or http(s) addresses)",
    );
    process.exit(2);
  }
  const urls = args.filter(isWebAddress);
  const paths = args.filter((a) => !isWebAddress(a));
  (async () => {
    const fileStatus = paths.length > 0 ? runImport(collectFiles(paths)) : 0;
    const failedUrls = urls.length > 0 ? await importUrls(urls) : 0;
    if (urls.length > 0) drainJobs(getDb());
    return fileStatus || (failedUrls > 0 ? 1 : 0);
  })()
    .then((code) => (process.exitCode = code))
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exitCode = 2;
    })
    .finally(() => closeDb());
}

export { collectFiles };
