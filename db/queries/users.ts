import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import type { DbOrTx } from "./audit";
import { preparedQuery } from "./prepared";
import { users, type Role } from "../schema";
import { containsText } from "./sources";
import { directionOf, keysetPage, type KeysetPage } from "./keyset";

/** The user columns safe to hand around (no password hash). */
export const publicUserFields = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  version: users.version,
  sessionVersion: users.sessionVersion,
  createdAt: users.createdAt,
};
export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabledAt: number | null;
  version: number;
  sessionVersion: number;
  createdAt: number;
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Every signed-in request reads its user (app/_lib/guards.ts), so the query is built once.
const userByIdQuery = preparedQuery((db) =>
  db
    .select(publicUserFields)
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export function getUserById(db: DbOrTx, { id }: { id: number }): UserSummary | undefined {
  return userByIdQuery(db).get({ id });
}

export function getUserByEmail(db: DbOrTx, { email }: { email: string }): UserSummary | undefined {
  return db
    .select(publicUserFields)
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

/** Includes the password hash: only for sign-in and password changes. */
export function getUserCredentials(db: Db, { email }: { email: string }) {
  return db
    .select({ ...publicUserFields, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

export function getUserPasswordHash(db: DbOrTx, { id }: { id: number }): string | undefined {
  return db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).get()
    ?.passwordHash;
}

export function listUsers(db: Db): UserSummary[] {
  return db.select(publicUserFields).from(users).orderBy(asc(users.role), asc(users.email)).all();
}

/** One page of the users list, by email (unique), found by name or email: keyset paging on the email
 * so a page is an index range however many users there are (`after` / `before` an email). */
export function searchUsers(
  db: Db,
  {
    query = "",
    after,
    before,
    limit,
  }: { query?: string; after?: string; before?: string; limit: number },
): KeysetPage<UserSummary> {
  const q = query.trim();
  const direction = directionOf({ after, before });
  const rows = db
    .select(publicUserFields)
    .from(users)
    .where(
      and(
        q === "" ? undefined : or(containsText(users.name, q), containsText(users.email, q)),
        after === undefined ? undefined : gt(users.email, after),
        before === undefined ? undefined : lt(users.email, before),
      ),
    )
    .orderBy(direction === "before" ? desc(users.email) : asc(users.email))
    .limit(limit + 1)
    .all();
  return keysetPage(rows, limit, direction);
}

/** Active users found by a part of their name or email, by name: the user pickers' answers.
 * `roles` narrows them to the people a picker may take (a claim goes only to checkers and editors). */
export function findPeople(
  db: Db,
  { query, limit, roles }: { query: string; limit: number; roles?: readonly Role[] },
): { id: number; name: string; email: string; role: Role }[] {
  const q = query.trim();
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        roles && roles.length > 0 ? inArray(users.role, [...roles]) : undefined,
        q === "" ? undefined : or(containsText(users.name, q), containsText(users.email, q)),
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit)
    .all();
}

/** One person as a picker shows them (name and email), for the choice a page opens with. */
export function getPersonOption(
  db: Db,
  { id }: { id: number },
): { id: number; name: string; email: string; role: Role } | undefined {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

export function countActiveAdmins(
  db: DbOrTx,
  { excludingId }: { excludingId?: number } = {},
): number {
  const where = and(
    eq(users.role, "admin"),
    isNull(users.disabledAt),
    excludingId === undefined ? undefined : ne(users.id, excludingId),
  );
  return db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
}

/** The one insert of a user row (services/users.ts: createUser; annotation import: unknown people). */
export function insertUser(
  db: DbOrTx,
  input: {
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    disabledAt?: number | null;
  },
): { id: number } {
  return db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .returning({ id: users.id })
    .get();
}

export type UserWrite =
  | { ok: true; user: UserSummary }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "conflict"; current: UserSummary };

/** Changes a user only if it is still at `version`; the caller runs it in a transaction with its audit event.
 * `endSessions` also bumps the session version, so every session token issued before is refused. */
export function updateUserVersioned(
  db: DbOrTx,
  input: {
    id: number;
    version: number;
    patch: Partial<
      Pick<typeof users.$inferInsert, "role" | "disabledAt" | "passwordHash" | "name">
    >;
    endSessions?: boolean;
  },
): UserWrite {
  const updated = db
    .update(users)
    .set({
      ...input.patch,
      version: sql`${users.version} + 1`,
      ...(input.endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
    })
    .where(and(eq(users.id, input.id), eq(users.version, input.version)))
    .returning(publicUserFields)
    .get();
  if (updated) return { ok: true, user: updated };
  const current = db.select(publicUserFields).from(users).where(eq(users.id, input.id)).get();
  return current ? { ok: false, reason: "conflict", current } : { ok: false, reason: "missing" };
}

export function emailTaken(db: DbOrTx, { email }: { email: string }): boolean {
  return Boolean(
    db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normalizeEmail(email)))
      .get(),
  );
}

/** A stronger hash for the same password (parameters raised since it was made), written on sign-in.
 * Only if the hash is still the one just verified, so a password changed meanwhile is never undone. */
export function rehashUserPassword(
  db: Db,
  { id, from, to }: { id: number; from: string; to: string },
): boolean {
  return (
    db
      .update(users)
      .set({ passwordHash: to })
      .where(and(eq(users.id, id), eq(users.passwordHash, from)))
      .run().changes === 1
  );
}
