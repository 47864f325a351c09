import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from "drizzle-orm";
import type { Db } from "../index";
import { claims, users } from "../schema";
import type { DbOrTx } from "./audit";
import { updateClaimVersioned } from "./claim-writes";
import { writeIfStatus, type GuardedWrite } from "./review-decisions";

/** Only open claims are assigned: decided and verified ones need no more checking. */
export const ASSIGNABLE_STATUSES = ["unchecked", "disputed"] as const;

/** People who can be given claims to check: active checkers and editors. */
export function listAssignableUsers(db: Db) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.role, ["checker", "editor"])))
    .orderBy(asc(users.role), asc(users.name))
    .all();
}

export function isAssignableUser(db: DbOrTx, { id }: { id: number }): boolean {
  const user = db
    .select({ role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return !!user && user.disabledAt === null && (user.role === "checker" || user.role === "editor");
}

/** One claim to one person (or nobody, with null); recorded in the claim's history. */
export function assignClaim(
  tx: DbOrTx,
  input: { id: number; version: number; assigneeId: number | null; actorId: number },
): GuardedWrite {
  // Re-assigning to the same person changes nothing: no new version, no history entry.
  const current = tx.select().from(claims).where(eq(claims.id, input.id)).get();
  if (
    current &&
    current.version === input.version &&
    current.deletedAt === null &&
    current.assigneeId === input.assigneeId
  ) {
    return { ok: true, claim: current };
  }
  return writeIfStatus(tx, {
    id: input.id,
    version: input.version,
    from: [...ASSIGNABLE_STATUSES],
    patch: { assigneeId: input.assigneeId },
    actorId: input.actorId,
    action: input.assigneeId === null ? "claim.unassigned" : "claim.assigned",
  });
}

/** An article's open claims, in reading order, with who holds each. */
export function listOpenClaimsForArticle(db: Db, { articleId }: { articleId: number }) {
  return db
    .select({
      id: claims.id,
      quote: claims.quote,
      status: claims.status,
      assigneeId: claims.assigneeId,
      assigneeName: users.name,
    })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(
      and(
        eq(claims.articleId, articleId),
        isNull(claims.deletedAt),
        inArray(claims.status, [...ASSIGNABLE_STATUSES]),
      ),
    )
    .orderBy(asc(claims.start))
    .all();
}

/**
 * Every open claim of the article to one person, each through the versioned write so each claim's history
 * records the assignment. Claims already held by that person are left alone. Run inside one transaction.
 */
export function assignArticleOpenClaims(
  tx: DbOrTx,
  input: { articleId: number; assigneeId: number | null; actorId: number },
): { assigned: number } {
  const needsChange =
    input.assigneeId === null
      ? isNotNull(claims.assigneeId)
      : or(isNull(claims.assigneeId), ne(claims.assigneeId, input.assigneeId));
  const open = tx
    .select({ id: claims.id, version: claims.version })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, input.articleId),
        isNull(claims.deletedAt),
        inArray(claims.status, [...ASSIGNABLE_STATUSES]),
        needsChange,
      ),
    )
    .all();
  let assigned = 0;
  for (const claim of open) {
    const result = updateClaimVersioned(tx, {
      id: claim.id,
      version: claim.version,
      patch: { assigneeId: input.assigneeId },
      actorId: input.actorId,
      action: input.assigneeId === null ? "claim.unassigned" : "claim.assigned",
      note: "whole article",
    });
    if (result.ok) assigned++;
  }
  return { assigned };
}
