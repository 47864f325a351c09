import fs from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "@/db";
import { emailTaken } from "@/db/queries/users";
import { createUser } from "@/db/services/users";
import { collectFiles, runImport } from "@/scripts/import";

/** DEMO DATA ONLY: these accounts share a published password. Never seed a real deployment. */
export const DEMO_USERS = [
  { email: "admin@tally.test", name: "Ada Admin", role: "admin" },
  { email: "editor@tally.test", name: "Eddie Editor", role: "editor" },
  { email: "checker@tally.test", name: "Cleo Checker", role: "checker" },
] as const;
export const DEMO_PASSWORD = "tally-demo";

async function seed() {
  const db = getDb();
  for (const user of DEMO_USERS) {
    const kept = emailTaken(db, { email: user.email });
    if (!kept) await createUser(db, null, { ...user, password: DEMO_PASSWORD }, { via: "seed" });
    console.log(`${kept ? "Kept" : "Created"} demo user ${user.email} (${user.role})`);
  }
  const dir = path.join(process.cwd(), "seeds");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
    articles: Record<string, Record<string, unknown>>;
  };
  // Seeding goes through the same import path as admins and the CLI; duplicates are reported, not re-imported.
  const failed = runImport(collectFiles([dir]), manifest.articles);
  closeDb();
  if (failed) process.exit(1);
}

seed().catch((error) => {
  console.error(error);
  process.exit(1);
});
