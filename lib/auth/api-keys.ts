import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, users } from "@/db/schema";
import type { UserSummary } from "@/db/queries/users";

const PREFIX = "tly_";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = PREFIX + crypto.randomBytes(24).toString("base64url");
  return { key, prefix: key.slice(0, PREFIX.length + 6), hash: hashApiKey(key) };
}

// Keys are long and random, so a fast hash is enough: there is nothing to brute-force.
export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

/** The user an API key acts as, or null when the key is unknown, revoked, or its user is disabled. */
export function userForApiKey(db: Db, key: string): UserSummary | null {
  if (!key.startsWith(PREFIX) || key.length > 200) return null;
  const row = db
    .select({
      keyId: apiKeys.id,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      version: users.version,
      createdAt: users.createdAt,
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
