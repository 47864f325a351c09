import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from "drizzle-orm";
import type { Db } from "../index";
import { claims, users } from "../schema";
import type { DbOrTx } from "./audit";
import { ASSIGNABLE_STATUSES } from "@/lib/domain";

/** People who can be given claims to check: active checkers and editors. */
export function isAssignableUser(db: DbOrTx, { id }: { id: number }): boolean {
  const user = db
    .select({ role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return !!user && user.disabledAt === null && (user.role === "checker" || user.role === "editor");
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

/** The article's open claims that are not yet with `assigneeId`, with their versions. */
export function listClaimsToAssign(
  db: DbOrTx,
  input: { articleId: number; assigneeId: number | null },
) {
  const needsChange =
    input.assigneeId === null
      ? isNotNull(claims.assigneeId)
      : or(isNull(claims.assigneeId), ne(claims.assigneeId, input.assigneeId));
  return db
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
}
