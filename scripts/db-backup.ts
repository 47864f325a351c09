/** npm run db:backup -- FILE: an online backup of DATABASE_FILE, safe while Tally serves. */
import { backupDatabase } from "@/db/backup";
import { env } from "@/lib/env";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run db:backup -- FILE   (e.g. backups/tally-2026-11-30.db)");
  process.exit(2);
}
const source = env().DATABASE_FILE;
const started = performance.now();
backupDatabase(source, target).then(
  ({ pages }) =>
    console.log(
      `Backed up ${source} to ${target} (${pages} pages, ${(performance.now() - started).toFixed(0)} ms); integrity check ok.`,
    ),
  (error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  },
);
