import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { apiKeys, users } from "../schema";
import type { DbOrTx } from "./audit";
import { publicUserFields, type UserSummary } from "./users";
import { API_KEY_PREFIX, hashApiKey, type PresentedKey } from "@/lib/auth/api-keys";

export interface ApiKeyListItem {
  id: number;
  name: string;
  prefix: string;
  userName: string;
  userEmail: string;
  userRole: string;
  createdByName: string | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  scope: "read" | "write";
  expiresAt: number | null;
}

const creators = alias(users, "creators");

/** Every key with its owner and creator, newest first; never the hash. */
export function listApiKeys(db: Db): ApiKeyListItem[] {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      userName: users.name,
      userEmail: users.email,
      userRole: users.role,
      createdByName: creators.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      scope: apiKeys.scope,
      expiresAt: apiKeys.expiresAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(creators, eq(creators.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .all();
}

export function insertApiKey(
  db: DbOrTx,
  input: {
    name: string;
    prefix: string;
    keyHash: string;
    userId: number;
    createdBy: number;
    scope: "read" | "write";
    expiresAt: number;
  },
): { id: number } {
  return db.insert(apiKeys).values(input).returning({ id: apiKeys.id }).get();
}

export function getApiKey(db: DbOrTx, { id }: { id: number }) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.id, id))
    .get();
}

/** Revokes once; a second revoke changes nothing and reports false. */
export function revokeApiKeyRow(db: DbOrTx, { id, at }: { id: number; at: number }): boolean {
  return (
    db
      .update(apiKeys)
      .set({ revokedAt: at })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .run().changes === 1
  );
}

/** The key with this value (by its hash), with its owner, whatever its state: the caller judges it
 * (lib/auth/api-keys.ts judgeApiKey) so each refusal can say why. Null for a key Tally never made. */
export function getPresentedApiKey(
  db: Db,
  { key }: { key: string },
): (PresentedKey<UserSummary> & { id: number }) | null {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return null;
  const row = db
    .select({
      keyId: apiKeys.id,
      scope: apiKeys.scope,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      ...publicUserFields,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, hashApiKey(key)))
    .get();
  if (!row) return null;
  const { keyId, scope, expiresAt, revokedAt, ...owner } = row;
  return { id: keyId, scope, expiresAt, revokedAt, owner };
}

export function touchApiKey(db: Db, { id, at }: { id: number; at: number }): void {
  db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id)).run();
}
