import { formatTimestamp } from "@/lib/format";
import type { HistoryEntry } from "./workspace-types";

/** The claim's audit trail, newest first: who changed what, when, old → new. */
export function HistorySection({ claimId, entries }: { claimId: number; entries: HistoryEntry[] }) {
  return (
    <details className="ws-section ws-history" data-testid="claim-history">
      <summary>
        History <span className="muted">({entries.length})</span>
      </summary>
      {entries.length === 0 ? (
        <p className="muted small">No changes yet: the claim is as the detector found it.</p>
      ) : (
        <ol className="ws-history-list" aria-label={`History of claim ${claimId}`}>
          {entries.map((e) => (
            <li key={e.id}>
              <p className="small">
                <strong>{e.summary}</strong>{" "}
                <span className="muted">
                  · {e.actorName ?? "system"} · {formatTimestamp(e.at)}
                </span>
              </p>
              {e.changes.length > 0 && (
                <ul className="small ws-changes">
                  {e.changes.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
