import { VERDICTS, type Verdict } from "@/lib/domain";
import { UPHOLD_VERDICTS, VERDICT_LABELS } from "@/lib/validation/labels";

export { VERDICT_LABELS };

/** The scale from best to worst, as the 1–5 keys choose it. */
export const VERDICT_SCALE: { value: Verdict; label: string; key: string }[] = VERDICTS.map(
  (value, i) => ({
    value,
    label: VERDICT_LABELS[value] ?? value,
    key: String(i + 1),
  }),
);

/** The verdicts an uphold may carry (no "Accurate": that is a dismissal). They keep their keys on the
 * full scale, so 3 is "Misleading" wherever an editor meets it. */
export const UPHOLD_SCALE = VERDICT_SCALE.filter((v) =>
  (UPHOLD_VERDICTS as readonly string[]).includes(v.value),
);
