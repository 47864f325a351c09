import { eq } from "drizzle-orm";
import { createDb, type Db } from "@/db";
import { claims, users } from "@/db/schema";
import type { Actor } from "@/db/services/actor";
import { E2E_DB } from "./env";
import { demoEmail, type DemoRole } from "./fixtures";

/**
 * The e2e run's database, opened from the Playwright process: specs make the data they need through the
 * app's own service functions (the same road as the UI: version check, audit event, follow-ups), never
 * raw SQL. Open it in beforeAll and close it in afterAll.
 */
export function openAppDb() {
  const { db, sqlite } = createDb(E2E_DB);
  return { db, close: () => sqlite.close() };
}

export function actorFor(db: Db, role: DemoRole): Actor {
  const user = db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, demoEmail(role)))
    .get();
  if (!user) throw new Error(`no ${role} in the e2e database`);
  return user;
}

/** A claim as it is now, for the version a service call needs and for checking what was saved. */
export function claimNow(db: Db, id: number) {
  const claim = db.select().from(claims).where(eq(claims.id, id)).get();
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}
