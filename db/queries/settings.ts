import { eq } from "drizzle-orm";
import type { Db } from "../index";
import { settings } from "../schema";
import type { DbOrTx } from "./audit";

export const PUBLIC_CLAIMS_KEY = "public_claims";

export function getSetting(db: DbOrTx, { key }: { key: string }): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()
    ?.value;
}

export function putSetting(db: DbOrTx, { key, value }: { key: string; value: string }): void {
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
}

/** Whether decided claims' pages (/c/:id) are public. The admin setting wins; the environment
 * (TALLY_PUBLIC_CLAIMS=1) only gives the default before anyone has set it. */
export function publicClaimsEnabled(db: Db, envDefault: boolean): boolean {
  const value = getSetting(db, { key: PUBLIC_CLAIMS_KEY });
  return value === undefined ? envDefault : value === "1";
}
