import type { WorkspaceClaim } from "@/db/queries/claims";

/** The claim fields the article page sends to the browser. */
export type ClaimSummary = Pick<
  WorkspaceClaim,
  | "id"
  | "start"
  | "end"
  | "quote"
  | "value"
  | "low"
  | "high"
  | "kind"
  | "unit"
  | "currency"
  | "counted"
  | "qualifier"
  | "change"
  | "from"
  | "period"
  | "origin"
  | "status"
  | "statusReason"
  | "statusAt"
  | "statusByName"
  | "verdict"
  | "decisionNote"
  | "decidedAt"
  | "decidedByName"
  | "deletedAt"
  | "deletedByName"
  | "orphanedAt"
  | "version"
>;

export function toClaimSummary(c: WorkspaceClaim): ClaimSummary {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    value: c.value,
    low: c.low,
    high: c.high,
    kind: c.kind,
    unit: c.unit,
    currency: c.currency,
    counted: c.counted,
    qualifier: c.qualifier,
    change: c.change,
    from: c.from,
    period: c.period,
    origin: c.origin,
    status: c.status,
    statusReason: c.statusReason,
    statusAt: c.statusAt,
    statusByName: c.statusByName,
    verdict: c.verdict,
    decisionNote: c.decisionNote,
    decidedAt: c.decidedAt,
    decidedByName: c.decidedByName,
    deletedAt: c.deletedAt,
    deletedByName: c.deletedByName,
    orphanedAt: c.orphanedAt,
    version: c.version,
  };
}
