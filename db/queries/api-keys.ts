import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { apiKeys, users } from "../schema";
import type { DbOrTx } from "./audit";

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
  return db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id)).get();
}

/** Revokes once; a second revoke changes nothing and reports false. */
export function revokeApiKeyRow(db: DbOrTx, { id, at }: { id: number; at: number }): boolean {
  return db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).run().changes === 1;
}
