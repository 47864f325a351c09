import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../index";
import { claimLinks, claims } from "../schema";

/** Claims connected to `claimId` through links about the same quantity (same figure, updates,
 * contradicts, duplicate; parts are other quantities). Repeats of a figure in one article (headline,
 * lead, quote: same value, kind and unit) count as one node, so a link to any of them joins them all.
 * Breadth-first, two queries per level, capped. */
export function listConnectedClaimIds(
  db: Db,
  { claimId, max = 300 }: { claimId: number; max?: number },
): number[] {
  const seen = new Set([claimId]);
  let frontier = [claimId];
  const other = alias(claims, "other");
  while (frontier.length && seen.size < max) {
    const linked = db
      .select({ from: claimLinks.fromClaimId, to: claimLinks.toClaimId })
      .from(claimLinks)
      .where(
        and(
          ne(claimLinks.relation, "part_of"),
          or(inArray(claimLinks.fromClaimId, frontier), inArray(claimLinks.toClaimId, frontier)),
        ),
      )
      .all()
      .flatMap((r) => [r.from, r.to]);
    const repeats = db
      .select({ id: other.id })
      .from(claims)
      .innerJoin(
        other,
        and(
          eq(other.articleId, claims.articleId),
          eq(other.value, claims.value),
          eq(other.kind, claims.kind),
          sql`${other.unit} IS ${claims.unit}`,
        ),
      )
      .where(and(inArray(claims.id, frontier), isNull(other.deletedAt)))
      .all()
      .map((r) => r.id);
    const next: number[] = [];
    for (const id of [...linked, ...repeats]) {
      if (!seen.has(id) && seen.size < max) {
        seen.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return [...seen];
}
