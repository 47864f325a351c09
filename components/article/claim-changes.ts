import type { ClaimChange, WorkspaceData } from "./workspace-types";

/**
 * The workspace as the server rendered it, with the claim writes answered since laid over it. A change
 * counts only while it is newer than the server's row: once a refresh brings that version (or a later
 * one), the server's data wins again, so the two can never disagree for long.
 */
export function applyClaimChanges(
  data: WorkspaceData,
  changes: Record<number, ClaimChange>,
): WorkspaceData {
  const newer = (id: number, version: number) => {
    const change = changes[id];
    return change && change.claim.version > version ? change : undefined;
  };
  let history = data.history;
  let changed = false;
  const overlay = (list: WorkspaceData["claims"]) =>
    list.map((claim) => {
      const change = newer(claim.id, claim.version);
      if (!change) return claim;
      changed = true;
      history = { ...history, [claim.id]: change.history };
      return change.claim;
    });
  const claims = overlay(data.claims);
  const rejected = overlay(data.rejected);
  return changed ? { ...data, claims, rejected, history } : data;
}
