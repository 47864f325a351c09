import { createDb, type Db } from "@/db";
import { getClaimById } from "@/db/queries/claims";
import { getUserByEmail } from "@/db/queries/users";
import type { Actor } from "@/db/services/actor";
import { disputeClaim } from "@/db/services/claims";
import { upholdDispute } from "@/db/services/review";
import { createUser } from "@/db/services/users";
import type { Role, Verdict } from "@/lib/domain";
import { DEMO_PASSWORD, E2E_DB } from "./env";
import { demoEmail, type DemoRole } from "./fixtures";

/**
 * The e2e run's database, opened from the Playwright process: specs make the data they need through the
 * app's own service functions (the same road as the UI: version check, audit event, follow-ups) and read
 * it back through db/queries, never raw SQL. Open it in beforeAll and close it in afterAll.
 */
export function openAppDb() {
  const { db, sqlite } = createDb(E2E_DB);
  return { db, close: () => sqlite.close() };
}

export function userByEmail(db: Db, email: string) {
  const user = getUserByEmail(db, { email });
  if (!user) throw new Error(`no user ${email} in the e2e database`);
  return user;
}

export function actorFor(db: Db, role: DemoRole): Actor {
  const user = userByEmail(db, demoEmail(role));
  return { id: user.id, role: user.role };
}

/** An account made by the demo admin, as the users page makes it, with the demo password. */
export function addUser(db: Db, user: { email: string; role: Role; name?: string }) {
  return createUser(db, actorFor(db, "admin"), {
    email: user.email,
    name: user.name ?? user.email,
    role: user.role,
    password: DEMO_PASSWORD,
  });
}

/** A claim as it is now, for the version a service call needs and for checking what was saved. */
export function claimNow(db: Db, id: number) {
  const claim = getClaimById(db, { id });
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

/** An editor's decision, made as the app makes it: the demo checker disputes, the demo editor upholds. */
export function decideClaim(
  db: Db,
  claimId: number,
  decision: { verdict: Verdict; explanation: string; reason?: string; decidedAt?: number },
) {
  const disputed = disputeClaim(db, actorFor(db, "checker"), {
    claimId,
    version: claimNow(db, claimId).version,
    reason: decision.reason ?? "The figure does not match its source.",
  });
  return upholdDispute(db, actorFor(db, "editor"), {
    claimId,
    version: disputed.version,
    verdict: decision.verdict,
    explanation: decision.explanation,
    now: decision.decidedAt,
  });
}
