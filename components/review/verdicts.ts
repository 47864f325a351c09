import { VERDICTS, type Verdict } from "@/db/schema";

export const VERDICT_LABELS: Record<string, string> = {
  accurate: "Accurate",
  mostly_accurate: "Mostly accurate",
  misleading: "Misleading",
  inaccurate: "Inaccurate",
  unverifiable: "Unverifiable",
};

/** The scale in order, as the 1–5 keys choose it. */
export const VERDICT_SCALE: { value: Verdict; label: string; key: string }[] = VERDICTS.map((value, i) => ({
  value,
  label: VERDICT_LABELS[value]!,
  key: String(i + 1),
}));
