import type { HistoryEvent } from "@/db/queries/history";
import { QUALIFIER_LABELS, STATUS_LABELS } from "@/lib/format";
import { RELATION_LABELS, STANCE_LABELS, VERDICT_LABELS } from "@/lib/validation/labels";
import type { HistoryEntry } from "./workspace-types";

const ACTION_LABELS: Record<string, string> = {
  verify: "Verified",
  dispute: "Disputed",
  undo: "Undid a status change",
  edit: "Corrected the detection",
  reject: "Rejected as a false detection",
  restore: "Restored",
  create_manual: "Made a claim from a selection",
  add_note: "Added a note",
  edit_note: "Edited a note",
  delete_note: "Deleted a note",
  create_source: "Added a source to the library",
  attach_source: "Attached a source",
  detach_source: "Detached a source",
  link: "Linked a claim",
  unlink: "Removed a link",
  decide: "Decided",
  assign: "Assigned",
};

const FIELD_LABELS: Record<string, string> = {
  status: "status",
  statusReason: "reason",
  verdict: "verdict",
  decisionNote: "explanation",
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

// Timestamps and user ids are shown elsewhere in the entry; listing them as changes is noise.
const HIDDEN_FIELDS = new Set([
  "statusBy",
  "statusAt",
  "deletedBy",
  "decidedBy",
  "decidedAt",
  "assigneeId",
  "start",
  "end",
  "sourceId",
  "quote",
]);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status") return STATUS_LABELS[String(value)] ?? String(value);
  if (field === "verdict") return VERDICT_LABELS[String(value)] ?? String(value);
  if (field === "qualifier") return QUALIFIER_LABELS[String(value)] ?? String(value);
  if (field === "stance")
    return STANCE_LABELS[value as keyof typeof STANCE_LABELS] ?? String(value);
  if (field === "relation")
    return RELATION_LABELS[value as keyof typeof RELATION_LABELS] ?? String(value);
  if (field === "otherClaimId") return `#${String(value)}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function parse(json: string | null): Record<string, unknown> {
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

/** One audit event as the history list shows it: who, when, what, and old → new per field. */
export function toHistoryEntry(event: HistoryEvent): HistoryEntry {
  const before = parse(event.beforeJson);
  const after = parse(event.afterJson);
  const changes: string[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (HIDDEN_FIELDS.has(field)) continue;
    const label = FIELD_LABELS[field] ?? field;
    if (field === "deletedAt") continue;
    if (field === "note") changes.push(`note: ${show(field, after[field])}`);
    else if (field in before && field in after)
      changes.push(`${label}: ${show(field, before[field])} → ${show(field, after[field])}`);
    else if (field in after) changes.push(`${label}: ${show(field, after[field])}`);
    else changes.push(`${label} was ${show(field, before[field])}`);
  }
  return {
    id: event.id,
    at: event.at,
    actorName: event.actorName,
    summary: ACTION_LABELS[event.action] ?? event.action,
    changes,
  };
}
