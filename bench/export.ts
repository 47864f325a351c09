import { performance } from "node:perf_hooks";
import { createDb } from "@/db";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { exportAllPages } from "@/db/queries/annotation-collection";
import { claimToAnnotation } from "@/lib/export/annotations";
import { claimsCsv } from "@/lib/export/claims-csv";
import { importAnnotations } from "@/db/services/annotation-import";
import { generateClaimsDb } from "./generate-claims";

/**
 * Export speed on a generated newsroom: the W3C annotation export (paged, one query per kind of thing per
 * page) against a per-claim baseline (the same bundle loaded claim by claim, as a naive exporter would),
 * the CSV, and the re-import of the whole export into an empty database.
 * Usage: npm run bench:export -- [claims=20000]
 */
const CLAIMS = Number(process.argv[2] ?? 20_000);
const BASE = "https://tally.example";

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const generated = generateClaimsDb({
  claims: CLAIMS,
  articles: Math.max(10, Math.round(CLAIMS / 40)),
});
try {
  const { db } = generated;
  const paged = time(() => exportAllPages(db, { base: BASE, limit: 500 }));
  const annotations = paged.value.reduce((n, p) => n + p.items.length, 0);

  // Baseline on a sample (the full run would take minutes): one bundle per claim.
  const sample = listExportClaims(db, { limit: Math.min(2000, CLAIMS) });
  const perClaim = time(() =>
    sample.map((c) => claimToAnnotation(c, loadExportBundle(db, [c]), BASE)),
  );
  const batchedSample = time(() => {
    const bundle = loadExportBundle(db, sample);
    return sample.map((c) => claimToAnnotation(c, bundle, BASE));
  });

  const csv = time(() =>
    claimsCsv(loadExportBundle(db, listExportClaims(db, {}), { withBodies: false })),
  );
  const target = createDb(":memory:");
  const json = JSON.parse(JSON.stringify(paged.value)) as unknown;
  const reimport = time(() => importAnnotations(target.db, json, { actorId: null }));
  target.sqlite.close();

  const perK = (ms: number, n: number) => ((ms / n) * 1000).toFixed(1);
  console.log(
    `claims: ${CLAIMS}, annotations exported: ${annotations} in ${paged.value.length} pages`,
  );
  console.log(
    `annotation export (paged, batched): ${paged.ms.toFixed(0)} ms total, ${perK(paged.ms, annotations)} ms per 1000 claims`,
  );
  console.log(
    `sample of ${sample.length}: batched ${batchedSample.ms.toFixed(0)} ms vs per-claim baseline ${perClaim.ms.toFixed(0)} ms (${(perClaim.ms / batchedSample.ms).toFixed(1)}x faster)`,
  );
  console.log(`CSV: ${csv.ms.toFixed(0)} ms, ${(csv.value.length / 1e6).toFixed(1)} MB`);
  const result = reimport.value.ok ? reimport.value.result : null;
  console.log(
    `re-import into an empty database: ${reimport.ms.toFixed(0)} ms, ${result?.claimsCreated ?? 0} claims, ${result?.problems.length ?? "?"} problems`,
  );
} finally {
  generated.cleanup();
}
