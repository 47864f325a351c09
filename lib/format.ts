const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "2020-02-14" → "14 Feb 2020"; anything unparseable is shown as given. */
export function formatDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

export function formatTimestamp(ms: number): string {
  return `${dateTimeFormat.format(new Date(ms))} UTC`;
}

// Made once: toLocaleString with options builds a new Intl.NumberFormat on every call, which dominated
// the time to explain a few hundred suggestions.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** 1370 → "1,370"; null (no value read) → "—". */
export function formatNumber(n: number | null): string {
  return n === null ? "—" : numberFormat.format(n);
}

export const QUALIFIER_LABELS: Record<string, string> = {
  exact: "exactly",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  less_than: "less than",
  approximately: "approximately",
  up_to: "up to",
  range: "range",
};

export const STATUS_LABELS: Record<string, string> = {
  unchecked: "Unchecked",
  verified: "Verified",
  disputed: "Disputed",
  decided: "Decided",
};

/** A claim's unit as read: the detector stores money's code as both currency and unit ("USD", "USD"),
 * so a unit that only repeats the currency is shown once ("USD", not "USD USD"); "" when there is none. */
export function formatUnit(currency: string | null, unit: string | null): string {
  const parts = [currency?.trim(), unit?.trim()].filter((p): p is string => Boolean(p));
  const [first, second] = parts;
  if (first && second && first.toLowerCase() === second.toLowerCase()) return first;
  return parts.join(" ");
}
