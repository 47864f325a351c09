import type { MatchClaim } from "./types";
import { saidBy } from "./said-by";
import { dateToYears } from "./claim-date";

export interface TimelinePoint {
  /** The first claim of this figure in its article (the point links there). */
  claimId: number;
  claimIds: number[];
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  value: number;
  qualifier: string;
  period: string | null;
  date: string | null;
  dateInferred: boolean;
  years: number | null;
  series: string;
}

/** One point per figure per article and source: "1,370" said four times in one article is one point. */
export function toTimelinePoints(claims: MatchClaim[]): TimelinePoint[] {
  const points = new Map<string, TimelinePoint>();
  for (const c of [...claims].sort((a, b) => a.id - b.id)) {
    // One series per source read from the text ("the health ministry", "Red Cross"), stored at
    // profile time or read here; figures no one is named for share one series.
    const source =
      c.saidBy !== undefined
        ? c.saidBy
        : saidBy(c.sentence, c.numberEndInSentence, c.before.split(/(?<=[.!?])\s+/).pop() ?? "");
    const series = source ? capitalise(source) : "Unattributed";
    const key = `${c.articleId}:${c.value}:${series}`;
    const existing = points.get(key);
    if (existing) {
      existing.claimIds.push(c.id);
      // The most informative qualifier wins ("at least" over a bare headline figure).
      if (existing.qualifier === "exact" && c.qualifier !== "exact")
        existing.qualifier = c.qualifier;
      existing.period ??= c.period;
      continue;
    }
    points.set(key, {
      claimId: c.id,
      claimIds: [c.id],
      articleId: c.articleId,
      articleTitle: c.title,
      outlet: c.outlet,
      value: c.value,
      qualifier: c.qualifier,
      period: c.period,
      date: c.date.date,
      dateInferred: c.date.inferred,
      years: c.date.date ? dateToYears(c.date.date) : null,
      series,
    });
  }
  return [...points.values()].sort(
    (a, b) => (a.years ?? Infinity) - (b.years ?? Infinity) || a.value - b.value,
  );
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
