import type { MatchClaim } from "./types";
import { saidBy } from "./said-by";
import { dateToYears } from "./claim-date";

export interface TimelinePoint {
  /** The claim this point stands for (it links there, and its qualifier and period are that claim's). */
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

/**
 * One point per figure per article and source: "1,370" said four times in one article is one point.
 * The point stands for one of those claims, the one nearest the timeline's own claim (`nearestFirst`:
 * the connected ids in the order the links reach them, so the claim itself, then what it is linked
 * to, then their repeats); it shows that claim's own qualifier and period and opens that claim, never
 * a mix of several ("at least 841" from a headline, with another sentence's period).
 */
export function toTimelinePoints(
  claims: MatchClaim[],
  nearestFirst: readonly number[] = [],
): TimelinePoint[] {
  const rank = new Map(nearestFirst.map((id, i) => [id, i]));
  const order = (c: MatchClaim) => rank.get(c.id) ?? nearestFirst.length + c.id;
  const points = new Map<string, TimelinePoint>();
  for (const c of [...claims].sort((a, b) => order(a) - order(b) || a.id - b.id)) {
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
