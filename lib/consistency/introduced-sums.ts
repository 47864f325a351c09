import { claimInterval } from "./interval";
import { formatNumber } from "@/lib/format";
import type { IntroducedParts } from "@/lib/suggest/introduced-parts";

export interface IntroducedSum {
  totalId: number;
  partIds: number[];
  /** The parts cannot add up to more than the total can be, yet they do. */
  exceeds: boolean;
  /** "6 + 11 = 17 of 17 people ✓", "40 + 75 = 115, more than the 90 people ✗". */
  text: string;
}

/**
 * Checks a list the text introduces as parts of a total ("including 40 children and 75 adults") before
 * anyone confirms it. A list introduced with "including" may leave people out, so adding up to less is
 * fine; adding up to more than the total allows is not. Qualifiers count both ways: "at least 90 … including
 * 40 and 75" is no contradiction, "90 … including some 40 and 75" is.
 */
export function checkIntroducedSum({ total, parts }: IntroducedParts): IntroducedSum {
  const sorted = [...parts].sort((a, b) => a.claim.id - b.claim.id);
  const sum = sorted.reduce((s, p) => s + p.claim.value, 0);
  const leastSum = sorted.reduce((s, p) => s + claimInterval(p.claim).lo, 0);
  const most = claimInterval(total.claim).hi;
  const exceeds = leastSum > most * (1 + 1e-9);
  const lhs =
    sorted.length > 1
      ? `${sorted.map((p) => formatNumber(p.claim.value)).join(" + ")} = ${formatNumber(sum)}`
      : formatNumber(sum);
  const what = total.counted ? ` ${total.counted}` : "";
  const totalText = formatNumber(total.claim.value);
  return {
    totalId: total.claim.id,
    partIds: sorted.map((p) => p.claim.id),
    exceeds,
    text: exceeds
      ? `${lhs}, more than the ${totalText}${what} ${sorted.length > 1 ? "they are" : "it is"} part of ✗`
      : `${lhs} of ${totalText}${what} ✓`,
  };
}

/** The flag message for a list of parts that adds up to more than its total. */
export function introducedSumMessage(check: IntroducedSum, cue: string): string {
  return `The figures given as parts (“${cue} …”) add up to more than their total: ${check.text}`;
}
