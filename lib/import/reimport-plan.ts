import type { DetectedClaim } from "@/lib/claims";
import { reanchor } from "@/lib/claims/anchor";
import { reconcileDetections, type StoredClaim } from "@/lib/claims/reconcile";

/** A stored claim as the re-import sees it: where it was, its anchor text, and whether a person worked on it. */
export interface ExistingClaim {
  id: number;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  quote: string;
  prefix: string;
  suffix: string;
  value: number | null;
  origin: "auto" | "manual";
  /** A status other than unchecked, a note, a source, a link or an assignee. */
  hasWork: boolean;
  /** Rejected by a checker (soft-deleted): kept, and it still blocks re-insertion of the same detection. */
  deleted: boolean;
  orphaned: boolean;
}

export interface ClaimMove {
  id: number;
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** It had been orphaned before and is found again. */
  found: boolean;
}

export interface ReimportPlan {
  /** Claims with work (or rejected ones) re-found in the new text, at their new offsets. */
  move: ClaimMove[];
  /** Claims with work whose quote cannot be found: flagged, never deleted. */
  orphan: number[];
  /** Auto claims without work re-found at a fresh detection: refreshed in place (same id). */
  refresh: Array<{ id: number; detected: DetectedClaim }>;
  /** Auto claims without work that the new text no longer has: replaced by the fresh detections. */
  remove: number[];
  /** Fresh detections with no stored counterpart. */
  insert: DetectedClaim[];
}

const keepsClaim = (c: ExistingClaim) => c.hasWork || c.origin === "manual" || c.deleted;

/**
 * How a changed body carries its claims over: every stored claim is re-anchored by its quote and context;
 * the re-found ones are matched with the new detections (reconcileDetections), so reviewers' work stays
 * where it was, work that cannot be placed is orphaned, and claims nobody touched give way to fresh detections.
 */
export function planReimport(
  existing: ExistingClaim[],
  newBody: string,
  detected: DetectedClaim[],
): ReimportPlan {
  const placed = new Map<number, ClaimMove>();
  const orphan: number[] = [];
  const remove: number[] = [];
  for (const claim of existing) {
    const at = reanchor(
      { quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix, start: claim.start },
      newBody,
    );
    if (!at) {
      if (keepsClaim(claim)) {
        if (!claim.orphaned) orphan.push(claim.id);
      } else remove.push(claim.id);
      continue;
    }
    const shift = at.start - claim.start;
    const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
    placed.set(claim.id, {
      id: claim.id,
      start: at.start,
      end: at.end,
      numberStart: clamp(claim.numberStart + shift, at.start, at.end),
      numberEnd: clamp(claim.numberEnd + shift, at.start, at.end),
      sentenceStart: clamp(claim.sentenceStart + shift, 0, at.start),
      sentenceEnd: clamp(claim.sentenceEnd + shift, at.end, newBody.length),
      found: claim.orphaned,
    });
  }

  const stored: StoredClaim[] = existing
    .filter((c) => placed.has(c.id))
    .map((c) => ({
      id: c.id,
      start: placed.get(c.id)!.start,
      end: placed.get(c.id)!.end,
      numberStart: placed.get(c.id)!.numberStart,
      value: c.value ?? Number.NaN,
      origin: c.origin,
      hasWork: keepsClaim(c),
      deleted: c.deleted,
    }));
  const reconciled = reconcileDetections(stored, detected);
  const refreshed = new Set(reconciled.refresh.map((r) => r.id));
  const byId = new Map(existing.map((c) => [c.id, c]));
  // Placed claims without work that no detection matches any more are replaced, like unplaced ones.
  for (const id of reconciled.vanished) if (!keepsClaim(byId.get(id)!)) remove.push(id);
  const move = [...placed.values()].filter(
    (m) => keepsClaim(byId.get(m.id)!) && !refreshed.has(m.id),
  );
  return { move, orphan, refresh: reconciled.refresh, remove, insert: reconciled.insert };
}
