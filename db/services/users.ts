import { writeTransaction } from "../write-transaction";
import type { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { throttledMessage, type ThrottleKey } from "@/lib/auth/throttle";
import { conflict, DomainError, notFound, refused, tooMany } from "@/lib/domain-error";
import type {
  changeOwnPasswordSchema,
  changeRoleSchema,
  resetPasswordSchema,
  setDisabledSchema,
  userFieldsSchema,
} from "@/lib/validation/users";
import type { Db } from "../index";
import { appendAudit, type AuditInput, type DbOrTx } from "../queries/audit";
import { clearFailures, recordFailure, throttledUntil } from "../queries/login-failures";
import {
  countActiveAdmins,
  emailTaken,
  getUserById,
  getUserPasswordHash,
  insertUser,
  updateUserVersioned,
  type UserSummary,
  type UserWrite,
} from "../queries/users";
import type { Actor } from "./actor";

const GONE = "That user no longer exists.";

function written(write: UserWrite): UserSummary {
  if (write.ok) return write.user;
  if (write.reason === "missing") throw notFound(GONE);
  const current = write.current;
  throw conflict(
    `Someone changed ${current.email} meanwhile (now ${current.role}${current.disabledAt ? ", disabled" : ""}). Nothing was saved; review and try again.`,
    current,
  );
}

/** The one way an account is made (the admin page, `npm run user:create`, the seed). `actor` is null
 * when the system itself creates it (a script). */
export async function createUser(
  db: Db,
  actor: Actor | null,
  input: z.infer<typeof userFieldsSchema>,
  audit: Record<string, unknown> = {},
): Promise<{ id: number }> {
  if (emailTaken(db, { email: input.email }))
    throw new DomainError(409, `A user with ${input.email} already exists.`, {
      fieldErrors: { email: ["Already in use."] },
    });
  // Hashing is slow on purpose; it happens before the transaction so the database is never held for it.
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx) => {
    if (emailTaken(tx, { email: input.email }))
      throw conflict(`A user with ${input.email} already exists.`);
    const row = insertUser(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash,
    });
    appendAudit(tx, {
      actorId: actor?.id ?? null,
      entity: "user",
      entityId: row.id,
      action: "user.created",
      after: { email: input.email, role: input.role, ...audit },
    });
    return row;
  });
}

/** An admin's change to another account, in one transaction: refused when it would leave no active admin,
 * written only at the version the admin saw, and recorded in the user's history. */
function changeAccount(
  tx: DbOrTx,
  actor: Actor,
  input: { userId: number; version: number },
  change: (target: UserSummary) => {
    /** Set when the change takes an active admin away: the refusal if it is the last one. */
    lastAdmin?: string;
    patch: Parameters<typeof updateUserVersioned>[1]["patch"];
    endSessions: boolean;
    audit: Pick<AuditInput, "action" | "before" | "after">;
  },
): UserSummary {
  const target = getUserById(tx, { id: input.userId });
  if (!target) throw notFound(GONE);
  const { lastAdmin, patch, endSessions, audit } = change(target);
  if (lastAdmin && countActiveAdmins(tx, { excludingId: target.id }) === 0)
    throw refused(lastAdmin);
  const user = written(
    updateUserVersioned(tx, { id: target.id, version: input.version, patch, endSessions }),
  );
  appendAudit(tx, { actorId: actor.id, entity: "user", entityId: target.id, ...audit });
  return user;
}

export function changeUserRole(
  db: Db,
  actor: Actor,
  input: z.infer<typeof changeRoleSchema>,
): UserSummary {
  return writeTransaction(db, (tx) =>
    changeAccount(tx, actor, input, (target) => ({
      lastAdmin:
        target.role === "admin" && input.role !== "admin" && target.disabledAt === null
          ? "This is the last active admin: make another admin first."
          : undefined,
      patch: { role: input.role },
      // A session holds the role it was issued with: every one of this user's ends.
      endSessions: true,
      audit: {
        action: "user.role_changed",
        before: { role: target.role },
        after: { role: input.role },
      },
    })),
  );
}

export function setUserDisabled(
  db: Db,
  actor: Actor,
  input: z.infer<typeof setDisabledSchema>,
): UserSummary {
  if (input.disabled && input.userId === actor.id)
    throw refused("You cannot disable your own account.");
  return writeTransaction(db, (tx) =>
    changeAccount(tx, actor, input, (target) => ({
      lastAdmin:
        input.disabled && target.role === "admin"
          ? "This is the last active admin: it cannot be disabled."
          : undefined,
      patch: { disabledAt: input.disabled ? Date.now() : null },
      // Disabling ends every session; enabling again does not bring an old one back.
      endSessions: input.disabled,
      audit: { action: input.disabled ? "user.disabled" : "user.enabled" },
    })),
  );
}

export async function resetUserPassword(
  db: Db,
  actor: Actor,
  input: z.infer<typeof resetPasswordSchema>,
): Promise<null> {
  if (!getUserById(db, { id: input.userId })) throw notFound(GONE);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx) => {
    const target = getUserById(tx, { id: input.userId });
    if (!target) throw notFound(GONE);
    // A reset is an admin's override: it applies whatever the row's version, and bumps it.
    const write = updateUserVersioned(tx, {
      id: target.id,
      version: target.version,
      patch: { passwordHash },
      endSessions: true,
    });
    if (!write.ok) throw conflict("Someone changed this user meanwhile; try again.");
    appendAudit(tx, {
      actorId: actor.id,
      entity: "user",
      entityId: target.id,
      action: "user.password_reset",
    });
    return null;
  });
}

/** Changes the caller's password after checking the current one, throttled like a sign-in (`throttle`:
 * the account's and the client address's keys) so a stolen session cannot be used to guess it. Every
 * session of the user ends, the caller's too. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor & { version: number },
  input: z.infer<typeof changeOwnPasswordSchema>,
  throttle: ThrottleKey[],
): Promise<null> {
  const until = throttledUntil(db, throttle);
  if (until !== null) throw tooMany(throttledMessage(until));
  const stored = getUserPasswordHash(db, { id: actor.id });
  if (!stored || !(await verifyPassword(input.currentPassword, stored))) {
    recordFailure(db, throttle);
    throw refused("Your current password is not right.", { currentPassword: ["Not right."] });
  }
  clearFailures(db, throttle);
  const passwordHash = await hashPassword(input.newPassword);
  return writeTransaction(db, (tx) => {
    const write = updateUserVersioned(tx, {
      id: actor.id,
      version: actor.version,
      patch: { passwordHash },
      endSessions: true,
    });
    if (!write.ok)
      throw conflict(
        "Your account changed meanwhile (an admin may have updated it). Reload and try again.",
      );
    appendAudit(tx, {
      actorId: actor.id,
      entity: "user",
      entityId: actor.id,
      action: "user.password_changed",
    });
    return null;
  });
}
