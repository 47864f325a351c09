import type { Db } from "@/db";
import type { DbOrTx } from "@/db/queries/audit";
import {
  findCandidateIds,
  type CandidateLookup,
  listPartClaimIds,
  loadArticleMatchClaims,
  replaceOpenSuggestions,
  storeClaimReadings,
} from "@/db/queries/suggestions";
import { recomputeFlagsForArticle } from "@/db/services/recompute-flags";
import { partClaimIdsOf, profilesOf, type ClaimProfileCache } from "@/db/queries/claim-profiles";
import { profileClaim, type ClaimProfile } from "@/lib/suggest/profile";
import {
  MIN_SCORE,
  VALUE_WINDOW,
  mirrorPair,
  scorePair,
  type PairScore,
} from "@/lib/suggest/score";
import { suggestParts } from "@/lib/suggest/parts";
import { findIntroducedParts, type IntroducedParts } from "@/lib/suggest/introduced-parts";
import { checkIntroducedSum } from "@/lib/consistency/introduced-sums";
import { inheritRestatedScopes } from "@/lib/suggest/restated";
import { inheritSiblingCounts } from "@/lib/suggest/sibling-counts";
import { scopeKey } from "@/lib/suggest/scope";
import { readingOf } from "@/lib/suggest/reading";
import type { ScoredPair } from "@/lib/suggest/types";

/** At most this many suggestions per claim, and one per (other article, value): repeats of a
 * figure within an article ("1,370" in the headline, the lead and the quote) are one suggestion. */
const PER_CLAIM = 12;
/** Candidates looked at per claim: the nearest in value, this many above and this many below. */
const PER_SIDE = 10;

/** One article's suggestions as worked out, before they are written, with what they depend on that
 * other articles' jobs write: which candidates are parts of a total in their own article. */
export interface SuggestionPlan {
  claimIds: number[];
  pairs: ScoredPair[];
  own: ClaimProfile[];
  /** The candidates whose part status was asked, and those that were parts. */
  candidateIds: number[];
  partsElsewhere: Set<number>;
}

/** The suggestions for one article's claims, without writing them (the benchmark times this part too).
 * `cache`: other articles' profiles as the batch of jobs this runs in has read them. */
export function computeSuggestionsForArticle(
  db: Db,
  articleId: number,
  cache?: ClaimProfileCache,
): SuggestionPlan {
  // The article's own claims are read afresh (a checker may have changed them); candidates use what
  // was stored when their article was last computed.
  const own = readArticleAfresh(db, articleId);
  // Parts of a total in the same article: figures that add up to it, and figures the text introduces as
  // its parts ("including 6 children and 11 adults", "64 of them").
  const parts = withIntroducedParts(suggestParts(own), findIntroducedParts(own));
  // A part measuring the same thing as its total is a breakdown (one year, one province), not the
  // quantity other articles report: it is offered as a part, not across articles. A part that counts
  // another group ("6 children" of "17 people") is a figure of its own that others may report too.
  const byId = new Map(own.map((p) => [p.claim.id, p]));
  const isPart = new Set(
    parts
      .filter((p) => sameQuantity(byId.get(p.claimId), byId.get(p.candidateId)))
      .map((p) => p.claimId),
  );
  // A figure repeated in the article (headline, lead, quote) is looked up once; all lookups in one query.
  const lookups: CandidateLookup[] = [];
  const lookupOf = new Map<string, number>();
  const lookupByClaim = new Map<number, number>();
  for (const p of own) {
    if (isPart.has(p.claim.id)) continue;
    const lookup = {
      kind: p.claim.kind,
      unit: p.claim.unit,
      quantity: p.concept ?? "",
      value: p.claim.value,
    };
    const key = `${lookup.kind}|${lookup.unit}|${lookup.quantity}|${lookup.value}`;
    if (!lookupOf.has(key)) lookupOf.set(key, lookups.push(lookup) - 1);
    lookupByClaim.set(p.claim.id, lookupOf.get(key)!);
  }
  const found = findCandidateIds(db, {
    articleId,
    lookups,
    window: VALUE_WINDOW,
    perSide: PER_SIDE,
  });
  const candidateIdsByClaim = new Map<number, number[]>();
  for (const [claimId, i] of lookupByClaim) candidateIdsByClaim.set(claimId, found[i]!);
  const allCandidateIds = new Set(found.flat());
  // Candidates are compared through the reading stored when their article was written.
  const candidates = profilesOf(db, [...allCandidateIds], cache);
  const candidateProfiles = [...candidates.values()];
  const partsElsewhere = partClaimIdsOf(db, candidateProfiles, cache);
  const isPartElsewhere = (c: ClaimProfile) => partsElsewhere.has(c.claim.id);

  const pairs: ScoredPair[] = [];
  for (const p of own) {
    const scored: { pair: ScoredPair; key: string; result: PairScore }[] = [];
    for (const id of candidateIdsByClaim.get(p.claim.id) ?? []) {
      const c = candidates.get(id);
      if (!c || isPartElsewhere(c)) continue;
      const result = scorePair(p, c);
      if (!result || result.score < MIN_SCORE) continue;
      const { score, relation, reason } = result;
      scored.push({
        pair: { claimId: p.claim.id, candidateId: id, score, relation, reason },
        key: `${c.claim.articleId}:${c.claim.value}`,
        result,
      });
    }
    // The best PER_CLAIM figures; every repeat of a kept figure is kept too (the page shows it once).
    scored.sort((x, y) => y.pair.score - x.pair.score);
    const keptFigures = new Set<string>();
    for (const { pair, key, result } of scored) {
      if (!keptFigures.has(key)) {
        if (keptFigures.size >= PER_CLAIM) continue;
        keptFigures.add(key);
      }
      pairs.push(pair);
      // The other side sees the same link, explained from its own point of view.
      const { score, relation, reason } = mirrorPair(p, candidates.get(pair.candidateId)!, result);
      pairs.push({ claimId: pair.candidateId, candidateId: pair.claimId, score, relation, reason });
    }
  }
  for (const part of parts)
    pairs.push(part, { ...part, claimId: part.candidateId, candidateId: part.claimId });
  return {
    claimIds: own.map((p) => p.claim.id),
    pairs,
    own,
    candidateIds: candidateProfiles.map((p) => p.claim.id),
    partsElsewhere,
  };
}

/** True when the plan's candidates are still exactly the parts they were (another article's job may
 * have suggested or withdrawn a part_of since): asked of the database, not of any cache. */
function partsUnchanged(db: Db, plan: SuggestionPlan): boolean {
  const now = listPartClaimIds(db, { ids: plan.candidateIds });
  if (now.size !== plan.partsElsewhere.size) return false;
  for (const id of now) if (!plan.partsElsewhere.has(id)) return false;
  return true;
}

function sameQuantity(a: ClaimProfile | undefined, b: ClaimProfile | undefined): boolean {
  return !!a && !!b && a.concept === b.concept && a.who === b.who;
}

/** Adds a part_of suggestion (part → total) for each introduced part not already proposed by its sum. */
function withIntroducedParts(parts: ScoredPair[], introduced: IntroducedParts[]): ScoredPair[] {
  const seen = new Set(parts.map((p) => `${p.claimId}:${p.candidateId}`));
  const out = [...parts];
  for (const group of introduced) {
    const check = checkIntroducedSum(group);
    for (const part of group.parts) {
      const key = `${part.claim.id}:${group.total.claim.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        claimId: part.claim.id,
        candidateId: group.total.claim.id,
        relation: "part_of",
        score: 0.9,
        reason: `given as part (“${group.cue}”): ${check.text}`,
      });
    }
  }
  return out;
}

/** The article's claims profiled from their sentences, not from stored readings, with the scopes their
 * restatements in the article give them. */
function readArticleAfresh(db: DbOrTx, articleId: number): ClaimProfile[] {
  const claims = loadArticleMatchClaims(db, { articleId }).map((c) => ({
    ...c,
    quantity: undefined,
    quantityWho: undefined,
    saidBy: undefined,
    scope: undefined,
  }));
  // Profiling is a pure function of what was read: the same claims give the same profiles.
  const read = JSON.stringify(claims);
  const recent = recentlyProfiled.get(articleId);
  if (recent?.read === read) return recent.profiles;
  const profiles = inheritRestatedScopes(inheritSiblingCounts(claims.map(profileClaim)));
  recentlyProfiled.delete(articleId);
  recentlyProfiled.set(articleId, { read, profiles });
  if (recentlyProfiled.size > RECENTLY_PROFILED)
    recentlyProfiled.delete(recentlyProfiled.keys().next().value!);
  return profiles;
}

/** Articles whose claims were profiled lately, with what they were profiled from: an import profiles its
 * article's claims to store their readings, and its suggestion job, moments later in the same process,
 * reads the same claims and would profile them again. A claim changed in between is read anew. */
const recentlyProfiled = new Map<number, { read: string; profiles: ClaimProfile[] }>();
const RECENTLY_PROFILED = 256;

/** Stores what each of the article's claims measures and who says it, so other articles' lookups find
 * them at once. Done when the article is written, not when its suggestion job runs: otherwise what a
 * job finds would depend on which articles' jobs happened to run before it. */
export function storeArticleReadings(db: DbOrTx, articleId: number): ClaimProfile[] {
  const own = readArticleAfresh(db, articleId);
  storeReadings(db, own);
  return own;
}

/** What each profiled claim measures, who says it and its reading, as the candidate lookups read them. */
function storeReadings(db: DbOrTx, own: ClaimProfile[]): void {
  storeClaimReadings(
    db,
    own.map((p) => ({
      id: p.claim.id,
      quantity: p.concept ?? "",
      quantityWho: p.who ?? "",
      saidBy: p.saidBy ?? "",
      scope: scopeKey(p.scope),
      reading: readingOf(p),
    })),
  );
}

/** Recomputes and stores one article's suggestions (both directions) and its inconsistency/arithmetic
 * flags. Call after import and after a claim of the article changes (value, kind, unit, counted, qualifier,
 * deletion): queued through follow-ups.ts. Decided suggestions and resolved flags are kept. */
export function recomputeSuggestionsForArticle(
  db: Db,
  articleId: number,
  cache?: ClaimProfileCache,
  /** Worked out before this transaction (db/jobs/follow-ups.ts: JOB_PLANS): used if still true. */
  plan?: SuggestionPlan,
): { suggestions: number; flags: number } {
  const { claimIds, pairs, own } =
    plan && partsUnchanged(db, plan) ? plan : computeSuggestionsForArticle(db, articleId, cache);
  storeReadings(db, own);
  replaceOpenSuggestions(db, { claimIds, pairs });
  const { flags } = recomputeFlagsForArticle(db, articleId);
  return { suggestions: pairs.length, flags };
}
