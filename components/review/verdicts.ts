import { VERDICTS, type Verdict } from "@/lib/domain";
import { VERDICT_LABELS } from "@/lib/validation/labels";

export { VERDICT_LABELS };

/** The scale from best to worst, as the 1–5 keys choose it. */
export const VERDICT_SCALE: { value: Verdict; label: string; key: string }[] = VERDICTS.map(
  (value, i) => ({
    value,
    label: VERDICT_LABELS[value] ?? value,
    key: String(i + 1),
  }),
);
