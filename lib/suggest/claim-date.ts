/** The date a figure stands for: the article's date, or failing that the latest month named in its text
 * (marked as inferred so the timeline can say so). Returns a YYYY-MM or YYYY-MM-DD string. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_YEAR =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2},?)?\s+((?:19|20)\d\d)\b/gi;

export interface ClaimDate {
  date: string | null;
  inferred: boolean;
}

export function latestMonthInText(text: string): string | null {
  let best: string | null = null;
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    const value = `${match[2]}-${String(month).padStart(2, "0")}`;
    if (!best || value > best) best = value;
  }
  return best;
}

export function claimDate(publishedAt: string | null, body: string | null): ClaimDate {
  if (publishedAt) return { date: publishedAt.slice(0, 10), inferred: false };
  const latest = body ? latestMonthInText(body) : null;
  return { date: latest, inferred: latest !== null };
}

/** Fractional years, for distances and chart positions. */
export function dateToYears(date: string): number {
  const [y, m = "7", d = "1"] = date.split("-");
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}
