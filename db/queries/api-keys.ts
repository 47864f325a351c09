import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { apiKeys, users } from "../schema";
import type { DbOrTx } from "./audit";
import { publicUserFields, type UserSummary } from "./users";
import { API_KEY_PREFIX, hashApiKey } from "@/lib/auth/api-keys";

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
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(creators, eq(creators.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .all();
}

export function insertApiKey(
  db: DbOrTx,
  input: { name: string; prefix: string; keyHash: string; userId: number; createdBy: number },
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

/** The user an API key acts as, or null when the key is unknown, revoked, or its user is disabled. */
export function userForApiKey(db: Db, key: string): UserSummary | null {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return null;
  const row = db
    .select({
      keyId: apiKeys.id,
      ...publicUserFields,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .get();
  if (!row || row.disabledAt !== null) return null;
  db.update(apiKeys).set({ lastUsedAt: Date.now() }).where(eq(apiKeys.id, row.keyId)).run();
  const { keyId: _keyId, ...user } = row;
  return user;
}
