import { describe, expect, it } from "vitest";
import { applyClaimChanges } from "./claim-changes";
import type { ClaimSummary } from "./claim-summary";
import type { ClaimChange, WorkspaceData } from "./workspace-types";

const claim = (id: number, version: number, status = "unchecked"): ClaimSummary =>
  ({ id, version, status, statusByName: null, statusAt: null, statusReason: null }) as ClaimSummary;

const data: WorkspaceData = {
  articleId: 1,
  me: { id: 1, name: "A", role: "checker" },
  canAnnotate: true,
  claims: [claim(1, 1), claim(2, 1)],
  rejected: [],
  notes: {},
  sources: {},
  links: {},
  history: { 1: [], 2: [] },
};

const verified: ClaimChange = {
  claimId: 1,
  version: 2,
  claim: { ...claim(1, 2, "verified"), statusByName: "A" },
  history: [{ id: 9, at: 5, actorName: "A", summary: "Verified", changes: [] }],
};

describe("applyClaimChanges", () => {
  it("shows a write's answer in place of the server's older row, with its history", () => {
    const live = applyClaimChanges(data, { 1: verified });
    expect(live.claims[0]).toMatchObject({ id: 1, version: 2, status: "verified" });
    expect(live.claims[1]).toBe(data.claims[1]);
    expect(live.history[1]).toEqual(verified.history);
    expect(live.history[2]).toBe(data.history[2]);
  });

  it("lets the server's row win once it is as new as the change, or newer", () => {
    const refreshed = { ...data, claims: [claim(1, 2, "verified"), claim(2, 1)] };
    expect(applyClaimChanges(refreshed, { 1: verified })).toBe(refreshed);
    const later = { ...data, claims: [claim(1, 3, "disputed"), claim(2, 1)] };
    expect(applyClaimChanges(later, { 1: verified }).claims[0]!.status).toBe("disputed");
  });

  it("returns the server's data untouched when nothing was written", () => {
    expect(applyClaimChanges(data, {})).toBe(data);
  });
});
