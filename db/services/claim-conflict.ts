import { conflict, type DomainError } from "@/lib/domain-error";
import { formatNumber, STATUS_LABELS } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/validation/labels";
import type { Claim } from "../schema";
import type { DbOrTx } from "../queries/audit";
import { latestClaimChange } from "../queries/history";

/** The newer state sent back with a conflict, so the client can show it before reloading. */
export interface ClaimConflictState {
  claimId: number;
  version: number;
  status: string;
  statusReason: string | null;
  deleted: boolean;
}

const hhmm = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

function describe(current: Claim, changedKeys: string[]): string {
  const parts: string[] = [];
  if (current.deletedAt !== null) return "it was rejected as a false detection";
  if (changedKeys.includes("deletedAt")) parts.push("it was restored");
  const status = STATUS_LABELS[current.status] ?? current.status;
  if (current.status === "disputed" && current.statusReason)
    parts.push(`status is now ${status} (reason: ${current.statusReason})`);
  else if (current.status === "decided" && current.verdict)
    parts.push(`an editor decided it: ${VERDICT_LABELS[current.verdict] ?? current.verdict}`);
  else parts.push(`status is now ${status}`);
  if (
    changedKeys.some((k) =>
      ["value", "low", "high", "unit", "counted", "qualifier", "period"].includes(k),
    )
  ) {
    parts.push(
      `the value reads ${formatNumber(current.value)}${current.unit ? ` ${current.unit}` : ""}`,
    );
  }
  return parts.join("; ");
}

/** "Cleo Checker changed this claim at 14:02 UTC: status is now Disputed (reason …). Your change was not saved." */
export function claimConflict(db: DbOrTx, current: Claim): DomainError {
  const change = latestClaimChange(db, { claimId: current.id });
  const who = change?.actorName ?? "Someone";
  const at = change ? ` at ${hhmm.format(new Date(change.at))} UTC` : "";
  let changedKeys: string[] = [];
  try {
    changedKeys = Object.keys(JSON.parse(change?.afterJson ?? "{}") as object);
  } catch {
    /* an unreadable audit row only makes the message vaguer */
  }
  const state: ClaimConflictState = {
    claimId: current.id,
    version: current.version,
    status: current.status,
    statusReason: current.statusReason,
    deleted: current.deletedAt !== null,
  };
  return conflict(
    `${who} changed this claim${at}: ${describe(current, changedKeys)}. Your change was not saved.`,
    state,
  );
}
