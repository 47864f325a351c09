import type { DetectedClaim } from "./types";

/** Re-detection merged into stored claims without ever destroying a reviewer's work. */

export interface StoredClaim {
  id: number;
  start: number;
  end: number;
  numberStart: number;
  value: number;
  origin: "auto" | "manual";
  /** A status, note, source or link was attached by a person. */
  hasWork: boolean;
  /** Soft-deleted: a checker rejected it. */
  deleted: boolean;
}

export interface Reconciliation {
  /** New detections with no stored counterpart (rejected ones are never re-inserted). */
  insert: DetectedClaim[];
  /** Auto claims without work whose fields may be refreshed from the new detection. */
  refresh: Array<{ id: number; detected: DetectedClaim }>;
  /** Live auto claims no detection matches any more: the caller flags them; it never deletes ones with work. */
  vanished: number[];
}

/**
 * A stored claim and a detection match when their numeric cores start at the same offset; this
 * survives changes to the qualifier or counted words around the number. Each side matches once.
 */
export function reconcileDetections(
  existing: StoredClaim[],
  detected: DetectedClaim[],
): Reconciliation {
  const byNumberStart = new Map<number, StoredClaim[]>();
  for (const claim of existing) {
    const list = byNumberStart.get(claim.numberStart);
    if (list) list.push(claim);
    else byNumberStart.set(claim.numberStart, [claim]);
  }
  const matched = new Set<number>();
  const insert: DetectedClaim[] = [];
  const refresh: Reconciliation["refresh"] = [];

  for (const detection of detected) {
    const candidates = byNumberStart.get(detection.numberStart) ?? [];
    // Prefer a live claim; a rejected one still blocks re-insertion.
    const match =
      candidates.find((c) => !matched.has(c.id) && !c.deleted) ??
      candidates.find((c) => !matched.has(c.id));
    if (!match) {
      insert.push(detection);
      continue;
    }
    matched.add(match.id);
    if (match.origin === "auto" && !match.deleted && !match.hasWork)
      refresh.push({ id: match.id, detected: detection });
  }

  const vanished = existing
    .filter((c) => c.origin === "auto" && !c.deleted && !matched.has(c.id))
    .map((c) => c.id);
  return { insert, refresh, vanished };
}
