/** Who a figure comes from, read from its sentence: the party counting itself ("official"), an independent
 * monitor, or unknown. Monitors are checked first because their sentences name the coalition too. */
export type SourceKind = "official" | "monitor" | "unknown";

const MONITORS: { pattern: RegExp; name: string }[] = [
  { pattern: /\bairwars\b/i, name: "Airwars" },
  {
    pattern: /syrian observatory for human rights|\bSOHR\b/i,
    name: "Syrian Observatory for Human Rights",
  },
  {
    pattern: /syrian (?:human rights network|network for human rights)|\bSNHR\b/i,
    name: "Syrian Network for Human Rights",
  },
  { pattern: /amnesty international/i, name: "Amnesty International" },
  { pattern: /human rights watch/i, name: "Human Rights Watch" },
  { pattern: /\bunited nations\b|\bUN\b(?! Security Council)/, name: "United Nations" },
];
const MONITOR_WORDS =
  /\b(?:NGO|non-profit|monitor(?:s|ing)?|watchdog|observatory|rights group|independent)\b/i;
const OFFICIAL_WORDS =
  /\b(?:admit(?:s|ted|ting)?|acknowledg\w*|CJTF-OIR|combined joint task force|(?:coalition|military|pentagon|government|ministry|command|task force)(?:'s)?\s+(?:has\s+|have\s+)?(?:said|says|statement|report|admit\w*)|statement|assess(?:es|ed)?|officials?|spokes\w+)\b/i;

export function sourceOf(sentence: string): { kind: SourceKind; name: string } {
  for (const monitor of MONITORS)
    if (monitor.pattern.test(sentence)) return { kind: "monitor", name: monitor.name };
  if (MONITOR_WORDS.test(sentence)) return { kind: "monitor", name: "Independent monitors" };
  if (OFFICIAL_WORDS.test(sentence)) return { kind: "official", name: "Official statements" };
  return { kind: "unknown", name: "Unattributed" };
}
