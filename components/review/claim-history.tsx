import type { HistoryEntry } from "@/db/queries/review-claim";
import { STATUS_LABELS, formatTimestamp } from "@/lib/format";
import { VERDICT_LABELS } from "./verdicts";

const ACTION_LABELS: Record<string, string> = {
  "claim.created": "added the claim",
  "claim.verified": "verified",
  "claim.disputed": "disputed",
  "claim.decided": "upheld the dispute",
  "claim.dismissed": "dismissed the dispute",
  "claim.reopened": "reopened the decision",
  "claim.assigned": "assigned the claim",
  "claim.unassigned": "took back the assignment",
};

function label(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/^[a-z_]+\./, "").replace(/_/g, " ");
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/** The claim's audit trail, oldest first: who did what, when, and the words they gave. */
export function ClaimHistory({
  entries,
  names,
}: {
  entries: HistoryEntry[];
  names: Map<number, string>;
}) {
  if (entries.length === 0) return <p className="muted small">No history yet.</p>;
  return (
    <ol className="history" aria-label="History">
      {entries.map((e) => {
        const status = text(e.after.status);
        const verdict = text(e.after.verdict);
        const words =
          text(e.after.decisionNote) ?? text(e.after.note) ?? text(e.after.statusReason);
        const assignee =
          typeof e.after.assigneeId === "number"
            ? (names.get(e.after.assigneeId) ?? `user ${e.after.assigneeId}`)
            : null;
        return (
          <li key={e.id} data-testid="history-entry">
            <time dateTime={new Date(e.at).toISOString()} className="muted small">
              {formatTimestamp(e.at)}
            </time>{" "}
            <strong>{e.actorName ?? "System"}</strong> {label(e.action)}
            {assignee && e.action === "claim.assigned" && <> to {assignee}</>}
            {verdict && (
              <>
                {" "}
                — verdict <span className="verdict">{VERDICT_LABELS[verdict] ?? verdict}</span>
              </>
            )}
            {status && !verdict && e.action !== "claim.assigned" && (
              <span className="muted"> → {STATUS_LABELS[status] ?? status}</span>
            )}
            {words && <q className="history-words">{words}</q>}
          </li>
        );
      })}
    </ol>
  );
}
