import type { LinkRelation, SourceType, Stance, Verdict } from "@/lib/domain";

// Labels live apart from the zod schemas so client components can show them without bundling zod.
export type { LinkRelation, SourceType, Stance };

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  official_report: "Official report",
  dataset: "Dataset",
  ngo: "NGO",
  media_report: "Media report",
  interview: "Interview",
  other: "Other",
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

export const RELATION_LABELS: Record<LinkRelation, string> = {
  same_figure: "Same figure",
  contradicts: "Contradicts",
  updates: "Updates (newer figure)",
  part_of: "Part of (a component of the total)",
  duplicate: "Duplicate",
};

const verdictLabels = {
  accurate: "Accurate",
  mostly_accurate: "Mostly accurate",
  misleading: "Misleading",
  inaccurate: "Inaccurate",
  unverifiable: "Unverifiable",
} satisfies Record<Verdict, string>;
/** Indexed by stored strings too, so a history entry can label any value it reads. */
export const VERDICT_LABELS: Record<string, string> = verdictLabels;

/** Upholding a dispute says the claim is wrong in some way (or cannot be borne out): "Accurate" is not
 * among them. An accurate claim's dispute is dismissed, which keeps it verified. */
export const UPHOLD_VERDICTS = [
  "mostly_accurate",
  "misleading",
  "inaccurate",
  "unverifiable",
] as const;
export type UpholdVerdict = (typeof UPHOLD_VERDICTS)[number];
