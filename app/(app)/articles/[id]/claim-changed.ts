import "server-only";
import type { Db } from "@/db";
import { getWorkspaceClaim } from "@/db/queries/claims";
import { listHistoryForClaim } from "@/db/queries/history";
import { toClaimSummary } from "@/components/article/claim-summary";
import type { ClaimChange } from "@/components/article/workspace-types";
import { toHistoryEntry } from "@/lib/history";
import { notFound } from "@/lib/domain-error";

/**
 * A claim write's answer to the workspace: the claim as committed (new version, status, who and when) and
 * its history, read back after the transaction (two indexed reads). The claim panel applies it in place,
 * so a status change does not re-render the article (text, every claim, suggestions) on the server.
 * Other pages (the review queue, lists, search) are dynamic and read the database on their next visit.
 */
export function claimChanged(db: Db, written: { claimId: number; version: number }): ClaimChange {
  const claim = getWorkspaceClaim(db, { id: written.claimId });
  if (!claim) throw notFound("That claim no longer exists.");
  return {
    claimId: written.claimId,
    // The version this write made (an undo must conflict if someone wrote since); the claim may be newer.
    version: written.version,
    claim: toClaimSummary(claim),
    history: listHistoryForClaim(db, { claimId: written.claimId }).map((h) => toHistoryEntry(h)),
  };
}
