/** npm run db:copy -- --from file:data/tally.db --to postgres://…  (or back): every row of every table,
 * verified by counts and checksums; run it again to resume a copy that was cut short. */
import { parseArgs } from "node:util";
import { copyDatabase } from "@/db/copy/copy";

const USAGE =
  "usage: npm run db:copy -- --from file:PATH|postgres://… --to file:PATH|postgres://… [--batch N] [--max-batches N]";

async function main() {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      batch: { type: "string" },
      "max-batches": { type: "string" },
    },
  });
  if (!values.from || !values.to) throw new Error(USAGE);
  const number = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return n;
  };
  const started = Date.now();
  const report = await copyDatabase({
    from: values.from,
    to: values.to,
    batch: number(values.batch, "batch"),
    maxBatches: number(values["max-batches"], "max-batches"),
    log: (line) => console.log(line),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!report.complete) {
    console.log(
      `Stopped after the batch limit (${seconds} s); run the same command again to resume.`,
    );
    process.exit(2);
  }
  const rows = report.tables.reduce((n, t) => n + t.source.count, 0);
  if (!report.verified) {
    console.error(`Copied, but counts or checksums differ (above). Was the target empty?`);
    process.exit(1);
  }
  console.log(
    `Verified: ${report.tables.length} tables, ${rows} rows, equal counts and checksums (${seconds} s).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
