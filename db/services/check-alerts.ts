import type { DbOrTx } from "@/db/queries/audit";
import {
  findWatchedFigures,
  listArticleFigures,
  replaceOpenAlerts,
  type FigureRange,
} from "@/db/queries/alerts";
import { loadCandidateReadings, loadMatchClaimsByIds } from "@/db/queries/suggestions";
import { findDepartures, type Figure } from "@/lib/alerts/departures";
import { profileClaim, type ClaimProfile } from "@/lib/suggest/profile";
import { profileFromReading } from "@/lib/suggest/reading";
import { VALUE_WINDOW } from "@/lib/suggest/score";

/** Profiles of these claims from their stored readings (stored when their article was written); a claim
 * without one, or read by older rules, is read from its text. */
function profiles(db: DbOrTx, ids: number[]): Map<number, ClaimProfile> {
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

function figures(ranges: FigureRange[], byId: Map<number, ClaimProfile>): Figure[] {
  return ranges.flatMap((r) => {
    const profile = byId.get(r.id);
    return profile ? [{ profile, low: r.low, high: r.high }] : [];
  });
}

/**
 * The alert check of one article (the "article.alerts" job, queued with its import): every figure that
 * measures the same quantity as a watched figure elsewhere, with a value outside its range, raises an
 * alert. Recomputed from what is stored, so running it twice gives the same alerts.
 */
export function checkAlertsForArticle(db: DbOrTx, articleId: number): { alerts: number } {
  const own = listArticleFigures(db, { articleId });
  const watched = new Map<number, FigureRange>();
  // A figure repeated in the article (headline, lead, quote) is looked up once.
  const lookedUp = new Set<string>();
  for (const f of own) {
    const key = `${f.kind}|${f.unit}|${f.quantity}|${f.value}`;
    if (lookedUp.has(key)) continue;
    lookedUp.add(key);
    for (const w of findWatchedFigures(db, {
      articleId,
      kind: f.kind,
      unit: f.unit,
      quantity: f.quantity ?? "",
      value: f.value,
      window: VALUE_WINDOW,
    }))
      watched.set(w.id, w);
  }
  if (watched.size === 0) {
    replaceOpenAlerts(db, { articleId, departures: [] });
    return { alerts: 0 };
  }
  const byId = profiles(db, [...own.map((f) => f.id), ...watched.keys()]);
  const departures = findDepartures(figures(own, byId), figures([...watched.values()], byId));
  replaceOpenAlerts(db, { articleId, departures });
  return { alerts: departures.length };
}
