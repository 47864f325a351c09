// One formatter, made once: toLocaleString with options builds a new Intl.NumberFormat on every call,
// which dominated the time to explain a few hundred suggestions.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** 1370 → "1,370", as lib/format's formatNumber prints it. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
