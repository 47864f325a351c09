import type { DbOrTx } from "@/db/queries/audit";
import {
  findWatchedFigures,
  listArticleFigures,
  replaceOpenAlerts,
  type FigureRange,
} from "@/db/queries/alerts";
import { profilesOf, type ClaimProfileCache } from "@/db/queries/claim-profiles";
import { findDepartures, type Departure, type Figure } from "@/lib/alerts/departures";
import type { ClaimProfile } from "@/lib/suggest/profile";
import { VALUE_WINDOW } from "@/lib/suggest/score";

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
export function checkAlertsForArticle(
  db: DbOrTx,
  articleId: number,
  /** Profiles as the batch of jobs this runs in has read them: the watched figures are parsed once. */
  cache?: ClaimProfileCache,
  /** The departures as found before this transaction, while nothing they depend on changed since. */
  found?: Departure[],
): { alerts: number } {
  const departures = found ?? findAlertsForArticle(db, articleId, cache);
  replaceOpenAlerts(db, { articleId, departures });
  return { alerts: departures.length };
}

/** The departures the alert check stores, without storing them. What they depend on (the watched
 * figures, the readings) changes only through writes that leave an audit event. */
export function findAlertsForArticle(
  db: DbOrTx,
  articleId: number,
  cache?: ClaimProfileCache,
): Departure[] {
  const own = listArticleFigures(db, { articleId });
  // A figure repeated in the article (headline, lead, quote) is looked up once; all in one query.
  const lookups = new Map<
    string,
    { kind: string; unit: string | null; quantity: string; value: number }
  >();
  for (const f of own)
    lookups.set(`${f.kind}|${f.unit}|${f.quantity}|${f.value}`, {
      kind: f.kind,
      unit: f.unit,
      quantity: f.quantity ?? "",
      value: f.value,
    });
  const watched = findWatchedFigures(db, {
    articleId,
    figures: [...lookups.values()],
    window: VALUE_WINDOW,
  });
  if (watched.length === 0) return [];
  const byId = profilesOf(db, [...own.map((f) => f.id), ...watched.map((w) => w.id)], cache);
  return findDepartures(figures(own, byId), figures(watched, byId));
}
