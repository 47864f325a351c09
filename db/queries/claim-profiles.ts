import type { DbOrTx } from "./audit";
import { listPartClaimIds, loadCandidateReadings, loadMatchClaimsByIds } from "./suggestions";
import { profileClaim, type ClaimProfile } from "@/lib/suggest/profile";
import { profileFromReading } from "@/lib/suggest/reading";

/**
 * Other articles' claims as one batch of jobs has read them: their profiles and whether each is a part of
 * a total in its own article. The jobs of a batch run in one transaction, and an article's claims (their
 * readings, their part_of suggestions) change there only in that article's own job, which forgets them:
 * so every job of the batch sees exactly what it would read from the database, while the figures the
 * batch's articles share (the same quantities, the watched figures) are read and parsed once.
 */
export class ClaimProfileCache {
  private readonly profiles = new Map<number, ClaimProfile>();
  private readonly parts = new Map<number, boolean>();
  private readonly byArticle = new Map<number, Set<number>>();

  get(id: number): ClaimProfile | undefined {
    return this.profiles.get(id);
  }

  isPart(id: number): boolean | undefined {
    return this.parts.get(id);
  }

  set(profile: ClaimProfile): void {
    this.profiles.set(profile.claim.id, profile);
    this.track(profile.claim.articleId, profile.claim.id);
  }

  setPart(profile: ClaimProfile, isPart: boolean): void {
    this.parts.set(profile.claim.id, isPart);
    this.track(profile.claim.articleId, profile.claim.id);
  }

  /** The article's claims may have changed (its own job ran): they are read again when next needed. */
  forgetArticle(articleId: number): void {
    for (const id of this.byArticle.get(articleId) ?? []) {
      this.profiles.delete(id);
      this.parts.delete(id);
    }
    this.byArticle.delete(articleId);
  }

  private track(articleId: number, id: number): void {
    let ids = this.byArticle.get(articleId);
    if (!ids) this.byArticle.set(articleId, (ids = new Set()));
    ids.add(id);
  }
}

/** Profiles of these claims from the readings stored when their article was written; a claim without
 * one (written before readings were stored, or read by older rules) is read from its text. What the
 * suggestions and the alert check compare other articles' claims by. */
export function profilesOf(
  db: DbOrTx,
  ids: number[],
  cache?: ClaimProfileCache,
): Map<number, ClaimProfile> {
  const out = new Map<number, ClaimProfile>();
  const missing: number[] = [];
  for (const id of ids) {
    const cached = cache?.get(id);
    if (cached) out.set(id, cached);
    else missing.push(id);
  }
  const unread: number[] = [];
  for (const { claim, reading } of loadCandidateReadings(db, { ids: missing })) {
    const profile = profileFromReading(claim, reading);
    if (profile) out.set(claim.id, profile);
    else unread.push(claim.id);
  }
  for (const c of loadMatchClaimsByIds(db, { ids: unread })) out.set(c.id, profileClaim(c));
  if (cache) for (const id of missing) if (out.has(id)) cache.set(out.get(id)!);
  return out;
}

/** Which of these profiled claims are parts of a total in their own article (listPartClaimIds), each
 * looked up once per batch. */
export function partClaimIdsOf(
  db: DbOrTx,
  profiles: ClaimProfile[],
  cache?: ClaimProfileCache,
): Set<number> {
  const out = new Set<number>();
  const missing: ClaimProfile[] = [];
  for (const p of profiles) {
    const cached = cache?.isPart(p.claim.id);
    if (cached === undefined) missing.push(p);
    else if (cached) out.add(p.claim.id);
  }
  const found = listPartClaimIds(db, { ids: missing.map((p) => p.claim.id) });
  for (const p of missing) {
    if (found.has(p.claim.id)) out.add(p.claim.id);
    cache?.setPart(p, found.has(p.claim.id));
  }
  return out;
}
