import { formatNumber } from "@/lib/format";

export interface PartLink {
  partId: number;
  partValue: number;
  partQualifier: string;
  totalId: number;
  totalValue: number;
  totalQualifier: string;
}

export interface SumCheck {
  totalId: number;
  total: number;
  partIds: number[];
  parts: number[];
  sum: number;
  matches: boolean;
  /** "976 + 1,856 = 2,832 ✓" */
  text: string;
}

/** Approximate figures ("some", "nearly") may be off by rounding; exact ones must add up exactly. */
function tolerance(qualifiers: string[], total: number): number {
  return qualifiers.some((q) => q !== "exact")
    ? Math.max(1, total * 0.05)
    : 1e-9 * Math.max(1, total);
}

/** Sums the parts linked to each total (claim_links 'part_of', part → total) and says whether they match. */
export function checkSums(links: PartLink[]): SumCheck[] {
  const byTotal = new Map<number, PartLink[]>();
  for (const l of links) byTotal.set(l.totalId, [...(byTotal.get(l.totalId) ?? []), l]);
  return [...byTotal.values()].map((group) => {
    const first = group[0]!;
    const sorted = [...group].sort((x, y) => x.partId - y.partId);
    const sum = sorted.reduce((s, l) => s + l.partValue, 0);
    const matches =
      Math.abs(sum - first.totalValue) <=
      tolerance([first.totalQualifier, ...sorted.map((l) => l.partQualifier)], first.totalValue);
    const lhs = sorted.map((l) => formatNumber(l.partValue)).join(" + ");
    return {
      totalId: first.totalId,
      total: first.totalValue,
      partIds: sorted.map((l) => l.partId),
      parts: sorted.map((l) => l.partValue),
      sum,
      matches,
      text: matches
        ? `${lhs} = ${formatNumber(first.totalValue)} ✓`
        : `${lhs} = ${formatNumber(sum)}, not ${formatNumber(first.totalValue)} ✗`,
    };
  });
}
