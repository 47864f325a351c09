import * as reconcileModule from "./reconcile";
import type { StoredClaim } from "./reconcile";
import type { DetectedClaim } from "./types";

/** Bound once: tsx runs each file as CommonJS, where a named import is a getter read on every call. */
const { reconcileDetections } = reconcileModule;

/** A stored claim as re-detection sees it: where it is, whether a person worked on it, and its detector fields. */
export interface RedetectStoredClaim extends StoredClaim {
  orphaned: boolean;
  /** Its quote still sits at its offsets: a claim orphaned by a re-import whose text is gone stays flagged. */
  anchored: boolean;
  /** The fields the detector sets, to tell a real refresh from a no-op. */
  fields: Record<string, unknown>;
}

export interface RedetectPlan {
  insert: DetectedClaim[];
  /** Auto claims nobody worked on whose detector fields changed: updated in place (same id). */
  refresh: Array<{ id: number; detected: DetectedClaim }>;
  /** Auto claims the detector no longer finds: flagged (never deleted), once. */
  flag: number[];
  /** Claims flagged before that the detector finds again: the flag is lifted. */
  unflag: number[];
  unchanged: number;
}

/** The detector's fields of a detection, in the shape the stored fields are compared with. */
export function detectorFields(d: DetectedClaim): Record<string, unknown> {
  return {
    start: d.start,
    end: d.end,
    numberEnd: d.numberEnd,
    value: Number.isFinite(d.value) ? d.value : null,
    low: d.low,
    high: d.high,
    kind: d.kind,
    unit: d.unit,
    currency: d.currency,
    counted: d.counted,
    qualifier: d.qualifier,
    change: d.change,
    from: d.from,
    period: d.period,
  };
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of Object.keys(b)) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Re-detection over an unchanged body, through the same reconcile as re-import: reviewed, manual and
 * linked claims are kept as they are; new detections are added; auto claims that vanished are flagged.
 * Running it twice plans nothing the second time.
 */
export function planRedetect(
  existing: RedetectStoredClaim[],
  detected: DetectedClaim[],
): RedetectPlan {
  const reconciled = reconcileDetections(existing, detected);
  const byId = new Map(existing.map((c) => [c.id, c]));
  const vanished = new Set(reconciled.vanished);
  const refresh = reconciled.refresh.filter(
    ({ id, detected: d }) => !sameFields(byId.get(id)!.fields, detectorFields(d)),
  );
  const flag = reconciled.vanished.filter((id) => !byId.get(id)!.orphaned);
  const unflag = existing
    .filter(
      (c) => c.orphaned && c.anchored && !c.deleted && !vanished.has(c.id) && c.origin === "auto",
    )
    .map((c) => c.id);
  const touched = refresh.length + flag.length + unflag.length;
  return {
    insert: reconciled.insert,
    refresh,
    flag,
    unflag,
    unchanged: existing.filter((c) => !c.deleted).length - touched,
  };
}
