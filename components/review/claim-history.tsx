import type { HistoryEntry } from "@/lib/history";
import { formatTimestamp } from "@/lib/format";

/** The claim's audit trail, oldest first: who did what, when, and what changed (lib/history.ts words it). */
export function ClaimHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted small">No history yet.</p>;
  return (
    <ol className="history" aria-label="History">
      {entries.map((e) => (
        <li key={e.id} data-testid="history-entry">
          <time dateTime={new Date(e.at).toISOString()} className="muted small">
            {formatTimestamp(e.at)}
          </time>{" "}
          <strong>{e.actorName ?? "System"}</strong> · {e.summary}
          {e.changes.length > 0 && (
            <ul className="small history-changes">
              {e.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
