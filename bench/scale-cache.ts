import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateScaleDb, type ScaleOptions } from "./scale-data";

/**
 * The generated archive is deterministic for its parameters and the schema, so it is kept once under the
 * temp dir and every run works on a fresh copy of it (the bench writes: imports, jobs, claim writes).
 * The key names the parameters and a hash of the generator and the migrations: change either and the
 * archive is generated again. SCALE_FRESH=1 forces a new one.
 */
export interface ScaleWorkDb {
  file: string;
  claims: number;
  /** Seconds to generate, or null when a kept archive was reused. */
  generatedSeconds: number | null;
  indexSeconds: number | null;
  cacheFile: string;
  cleanup: () => void;
}

function schemaHash(): string {
  const hash = crypto.createHash("sha256");
  const migrations = path.join(process.cwd(), "db", "migrations");
  for (const f of fs
    .readdirSync(migrations)
    .filter((n) => n.endsWith(".sql"))
    .sort())
    hash.update(f).update(fs.readFileSync(path.join(migrations, f)));
  hash.update(fs.readFileSync(path.join(process.cwd(), "bench", "scale-data.ts")));
  return hash.digest("hex").slice(0, 12);
}

export function scaleWorkDb(options: ScaleOptions): ScaleWorkDb {
  const dir = path.join(os.tmpdir(), "tally-scale-cache");
  fs.mkdirSync(dir, { recursive: true });
  const cacheFile = path.join(
    dir,
    `scale-${options.articles}x${options.claimsPerArticle}-seed${options.seed ?? 7}-${schemaHash()}.db`,
  );
  const meta = `${cacheFile}.json`;
  let generatedSeconds: number | null = null;
  let indexSeconds: number | null = null;
  if (process.env.SCALE_FRESH === "1" || !fs.existsSync(meta) || !fs.existsSync(cacheFile)) {
    fs.rmSync(meta, { force: true });
    const generated = generateScaleDb(options);
    fs.renameSync(generated.file, cacheFile);
    generated.cleanup();
    fs.writeFileSync(meta, JSON.stringify({ claims: generated.claims }));
    generatedSeconds = generated.seconds;
    indexSeconds = generated.indexSeconds;
  }
  const { claims } = JSON.parse(fs.readFileSync(meta, "utf8")) as { claims: number };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-scale-"));
  const file = path.join(workDir, "scale.db");
  fs.copyFileSync(cacheFile, file, fs.constants.COPYFILE_FICLONE);
  return {
    file,
    claims,
    generatedSeconds,
    indexSeconds,
    cacheFile,
    cleanup: () => fs.rmSync(workDir, { recursive: true, force: true }),
  };
}
