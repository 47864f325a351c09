import { auditActionLabel } from "./domain";
import { QUALIFIER_LABELS, STATUS_LABELS } from "./format";
import { RELATION_LABELS, STANCE_LABELS, VERDICT_LABELS } from "./validation/labels";

/** One audit event as every history view shows it: who, when, what, and old → new per field. */
export interface HistoryEntry {
  id: number;
  at: number;
  actorName: string | null;
  /** "Verified", "Added a note", … : the action's one label (lib/domain.ts). */
  summary: string;
  /** One line per changed field: "status: Unchecked → Verified". */
  changes: string[];
}

/** An audit row as the history queries read it, JSON already parsed. */
export interface AuditEventView {
  id: number;
  at: number;
  actorName: string | null;
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const FIELD_LABELS: Record<string, string> = {
  status: "status",
  statusReason: "reason",
  verdict: "verdict",
  decisionNote: "explanation",
  assigneeId: "assigned to",
  value: "value",
  low: "low",
  high: "high",
  unit: "unit",
  counted: "counted",
  qualifier: "qualifier",
  period: "time scope",
  text: "text",
  stance: "stance",
  locator: "locator",
  relation: "relation",
  otherClaimId: "other claim",
  title: "title",
  url: "address",
};

// Timestamps, user ids and offsets are shown elsewhere in the entry or mean nothing to a reader.
const HIDDEN_FIELDS = new Set([
  "statusBy",
  "statusAt",
  "deletedAt",
  "deletedBy",
  "decidedBy",
  "decidedAt",
  "start",
  "end",
  "sourceId",
  "quote",
  "from",
  "to",
  "suggestionId",
  "candidateId",
]);

type Names = (userId: number) => string | undefined;

function show(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "") return "—";
  // Numbers and booleans read the same either way; objects as their JSON.
  const key = typeof value === "string" ? value : JSON.stringify(value);
  if (field === "status") return STATUS_LABELS[key] ?? key;
  if (field === "verdict") return VERDICT_LABELS[key] ?? key;
  if (field === "qualifier") return QUALIFIER_LABELS[key] ?? key;
  if (field === "stance") return (STANCE_LABELS as Record<string, string>)[key] ?? key;
  if (field === "relation") return (RELATION_LABELS as Record<string, string>)[key] ?? key;
  if (field === "otherClaimId") return `#${key}`;
  if (field === "assigneeId")
    return typeof value === "number" ? (names(value) ?? `user ${key}`) : key;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** A stored before/after JSON column as an object; anything unreadable is shown as no fields. */
export function parseAuditJson(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The one history formatter: the article workspace and the editors' claim page both show this. */
export function toHistoryEntry(
  event: AuditEventView,
  names: Names = () => undefined,
): HistoryEntry {
  const { before, after } = event;
  const changes: string[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (HIDDEN_FIELDS.has(field)) continue;
    const label = FIELD_LABELS[field] ?? field;
    if (field === "note") changes.push(`note: ${show(field, after[field], names)}`);
    else if (field in before && field in after)
      changes.push(
        `${label}: ${show(field, before[field], names)} → ${show(field, after[field], names)}`,
      );
    else if (field in after) changes.push(`${label}: ${show(field, after[field], names)}`);
    else changes.push(`${label} was ${show(field, before[field], names)}`);
  }
  return {
    id: event.id,
    at: event.at,
    actorName: event.actorName,
    summary: auditActionLabel(event.action),
    changes,
  };
}

/** Who gave the reason a disputed claim carries now: the checker's dispute, or an editor reopening a
 * decision. The last event that made the claim disputed or wrote its reason says which (the audit keeps
 * only changed fields, so either may be missing); a claim never reopened reads "dispute". */
export function statusReasonKind(
  events: Pick<AuditEventView, "action" | "after">[],
): "dispute" | "reopen" {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if ("statusReason" in event.after || event.after.status === "disputed")
      return event.action === "claim.reopened" ? "reopen" : "dispute";
  }
  return "dispute";
}
