import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { Db } from "../index";
import { claimLinks } from "../schema";

/** Claims connected to `claimId` through links about the same quantity (same figure, updates,
 * contradicts, duplicate; parts are other quantities). Breadth-first, one query per level, capped. */
export function listConnectedClaimIds(db: Db, { claimId, max = 300 }: { claimId: number; max?: number }): number[] {
  const seen = new Set([claimId]);
  let frontier = [claimId];
  while (frontier.length && seen.size < max) {
    const rows = db
      .select({ from: claimLinks.fromClaimId, to: claimLinks.toClaimId })
      .from(claimLinks)
      .where(and(ne(claimLinks.relation, "part_of"), or(inArray(claimLinks.fromClaimId, frontier), inArray(claimLinks.toClaimId, frontier))))
      .all();
    const next: number[] = [];
    for (const r of rows) {
      for (const id of [r.from, r.to]) {
        if (!seen.has(id) && seen.size < max) {
          seen.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}
