import type { DbOrTx } from "./audit";
import { loadCandidateReadings, loadMatchClaimsByIds } from "./suggestions";
import { profileClaim, type ClaimProfile } from "@/lib/suggest/profile";
import { profileFromReading } from "@/lib/suggest/reading";

/** Profiles of these claims from the readings stored when their article was written; a claim without
 * one (written before readings were stored, or read by older rules) is read from its text. What the
 * suggestions and the alert check compare other articles' claims by. */
export function profilesOf(db: DbOrTx, ids: number[]): Map<number, ClaimProfile> {
  const out = new Map<number, ClaimProfile>();
  const unread: number[] = [];
  for (const { claim, reading } of loadCandidateReadings(db, { ids })) {
    const profile = profileFromReading(claim, reading);
    if (profile) out.set(claim.id, profile);
    else unread.push(claim.id);
  }
  for (const c of loadMatchClaimsByIds(db, { ids: unread })) out.set(c.id, profileClaim(c));
  return out;
}
