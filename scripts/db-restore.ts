/** npm run db:restore -- FILE: puts a backup in place of DATABASE_FILE. Stop Tally first. */
import { restoreDatabase } from "@/db/backup";
import { env } from "@/lib/env";

const backup = process.argv[2];
if (!backup) {
  console.error("Usage: npm run db:restore -- FILE   (stop Tally first, start it again after)");
  process.exit(2);
}
const target = env().DATABASE_FILE;
try {
  const { keptAs } = restoreDatabase(backup, target);
  console.log(
    `Restored ${backup} to ${target}${keptAs ? `; the previous database is kept as ${keptAs}` : ""}. Start Tally again.`,
  );
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
