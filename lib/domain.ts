// The domain's words, in one pure module: the schema, validation, services and components all import them
// from here, so a client component can show a verdict scale without bundling the database schema.

export const ROLES = ["checker", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What an API key may do: read only, or read and write. */
export const API_KEY_SCOPES = ["read", "write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const CLAIM_STATUSES = ["unchecked", "verified", "disputed", "decided"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Best to worst: the decision form's 1–5 keys follow this order. */
export const VERDICTS = [
  "accurate",
  "mostly_accurate",
  "misleading",
  "inaccurate",
  "unverifiable",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SOURCE_TYPES = [
  "official_report",
  "dataset",
  "ngo",
  "media_report",
  "interview",
  "other",
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const STANCES = ["supports", "contradicts", "context"] as const;
export type Stance = (typeof STANCES)[number];

export const LINK_RELATIONS = [
  "same_figure",
  "contradicts",
  "updates",
  "part_of",
  "duplicate",
] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const CLAIM_ORIGINS = ["auto", "manual"] as const;
export const SUGGESTION_STATES = ["open", "confirmed", "dismissed"] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export const FLAG_KINDS = ["inconsistency", "arithmetic"] as const;

/** Only open claims are assigned: decided and verified ones need no more checking. */
export const ASSIGNABLE_STATUSES = ["unchecked", "disputed"] as const satisfies ClaimStatus[];

/** A checker's explicit choice on a figure; none (null) means the default: watched once verified or decided. */
export const WATCH_CHOICES = ["watch", "unwatch"] as const;
export type WatchChoice = (typeof WATCH_CHOICES)[number];

/** Statuses whose figures are watched unless a checker says otherwise: the desk has checked them. */
export const WATCHED_BY_DEFAULT = ["verified", "decided"] as const satisfies ClaimStatus[];

/** Whether a new figure measuring the same quantity with another value raises an alert against this one. */
export function isWatched(status: ClaimStatus, choice: WatchChoice | null): boolean {
  if (choice) return choice === "watch";
  return (WATCHED_BY_DEFAULT as readonly ClaimStatus[]).includes(status);
}

/** An alert is open until an editor links the pair (resolved) or decides it is nothing (dismissed). */
export const ALERT_STATUSES = ["open", "resolved", "dismissed"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** A decided claim belongs to the editors: a checker may no longer correct, reject or restore it. */
export function mayReworkClaim(role: Role, status: ClaimStatus): boolean {
  return status !== "decided" || role !== "checker";
}

export const AUDIT_ENTITIES = [
  "claim",
  "article",
  "note",
  "source",
  "claim_source",
  "claim_link",
  "user",
  "api_key",
  "suggestion",
  "flag",
  "setting",
  "feed",
  "alert",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Every action the audit log records, `<entity>.<past participle>`, each with the words a history view
 * shows. Adding an action without a label fails typecheck (the Record) and domain.test.ts.
 */
export const AUDIT_ACTION_LABELS = {
  "claim.created": "Made a claim from a selection",
  "claim.verified": "Verified",
  "claim.disputed": "Disputed",
  "claim.status_undone": "Undid a status change",
  "claim.edited": "Corrected the detection",
  "claim.rejected": "Rejected as a false detection",
  "claim.restored": "Restored",
  "claim.decided": "Upheld the dispute",
  "claim.dismissed": "Dismissed the dispute",
  "claim.reopened": "Reopened the decision",
  "claim.assigned": "Assigned the claim",
  "claim.unassigned": "Took back the assignment",
  "claim.reanchored": "Found again after the article was re-imported",
  "claim.found_on_reimport": "Found again after the article was re-imported",
  "claim.orphaned": "Lost when the article was re-imported",
  "claim.undetected": "No longer found by the detector",
  "claim.watched": "Watched the figure",
  "claim.unwatched": "Stopped watching the figure",
  "note.added": "Added a note",
  "note.edited": "Edited a note",
  "note.deleted": "Deleted a note",
  "source.created": "Added a source to the library",
  "claim_source.attached": "Attached a source",
  "claim_source.detached": "Detached a source",
  "claim_link.created": "Linked a claim",
  "claim_link.removed": "Removed a link",
  "suggestion.confirmed": "Confirmed a suggested link",
  "suggestion.dismissed": "Dismissed a suggested link",
  "flag.resolved": "Resolved a flag",
  "article.imported": "Imported the article",
  "article.reimported": "Re-imported the article",
  "article.redetected": "Ran the detector again",
  "annotations.imported": "Imported annotations",
  "user.created": "Created the account",
  "user.role_changed": "Changed the role",
  "user.disabled": "Disabled the account",
  "user.enabled": "Enabled the account",
  "user.password_reset": "Reset the password",
  "user.password_changed": "Changed the password",
  "setting.changed": "Changed a setting",
  "api_key.created": "Created an API key",
  "api_key.revoked": "Revoked an API key",
  "feed.added": "Added a feed",
  "feed.changed": "Changed a feed",
  "feed.removed": "Removed a feed",
  "alert.resolved": "Linked the figures and closed the alert",
  "alert.dismissed": "Dismissed the alert",
} as const satisfies Record<`${string}.${string}`, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The label of a stored action; an action written by an older version falls back to readable words. */
export function auditActionLabel(action: string): string {
  return (
    (AUDIT_ACTION_LABELS as Record<string, string>)[action] ??
    action.replace(/^[a-z_]+\./, "").replace(/_/g, " ")
  );
}
