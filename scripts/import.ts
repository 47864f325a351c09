import fs from "node:fs";
import path from "node:path";
import { getDb, closeDb } from "@/db";
import { itemsFromFile, type ImportItem } from "@/lib/import/files";
import { importItems } from "@/db/services/import-batch";

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
  return summary.failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error(
      "Usage: npm run import -- PATH... (.txt .md .html .json .ndjson files or folders)",
    );
    process.exit(2);
  }
  try {
    process.exitCode = runImport(collectFiles(args));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  } finally {
    closeDb();
  }
}

export { collectFiles };
