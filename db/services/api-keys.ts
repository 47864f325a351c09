import { writeTransaction } from "../write-transaction";
import { generateApiKey } from "@/lib/auth/api-keys";
import type { ApiKeyScope } from "@/lib/domain";
import { conflict, DomainError, notFound, refused } from "@/lib/domain-error";
import type { Db } from "../index";
import { getApiKey, insertApiKey, revokeApiKeyRow } from "../queries/api-keys";
import { appendAudit } from "../queries/audit";
import { getUserById } from "../queries/users";
import type { Actor } from "./actor";

/** Creates a key acting as the chosen user; the key itself is returned this once and only its hash is kept. */
export function createApiKey(
  db: Db,
  actor: Actor,
  input: { name: string; userId: number; scope: ApiKeyScope; expiresInDays: number },
) {
  const key = generateApiKey();
  const expiresAt = Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000;
  return writeTransaction(db, (tx) => {
    const owner = getUserById(tx, { id: input.userId });
    if (!owner)
      throw new DomainError(404, "That user does not exist.", {
        fieldErrors: { userId: ["That user does not exist."] },
      });
    if (owner.disabledAt !== null)
      throw refused("That user is disabled; a key for them would not work.", {
        userId: ["That user is disabled."],
      });
    const row = insertApiKey(tx, {
      name: input.name,
      prefix: key.prefix,
      keyHash: key.hash,
      userId: owner.id,
      createdBy: actor.id,
      scope: input.scope,
      expiresAt,
    });
    appendAudit(tx, {
      actorId: actor.id,
      entity: "api_key",
      entityId: row.id,
      action: "api_key.created",
      after: {
        name: input.name,
        prefix: key.prefix,
        userId: owner.id,
        scope: input.scope,
        expiresAt,
      },
    });
    return { id: row.id, key: key.key, prefix: key.prefix, name: input.name, expiresAt };
  });
}

export function revokeApiKey(db: Db, actor: Actor, input: { id: number }): { id: number } {
  return writeTransaction(db, (tx) => {
    const key = getApiKey(tx, { id: input.id });
    if (!key) throw notFound("That key does not exist.");
    if (key.revokedAt !== null || !revokeApiKeyRow(tx, { id: key.id, at: Date.now() }))
      throw conflict(`The key “${key.name}” was already revoked.`);
    appendAudit(tx, {
      actorId: actor.id,
      entity: "api_key",
      entityId: key.id,
      action: "api_key.revoked",
      before: { name: key.name, prefix: key.prefix },
    });
    return { id: key.id };
  });
}
