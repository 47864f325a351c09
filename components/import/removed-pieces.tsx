import { RULE_LABELS } from "@/lib/import/furniture-rules";

const PREVIEW_CHARS = 240;

/** What the cleaner took out of an article, grouped by rule; shown as text, never as markup. */
export function RemovedPieces({
  removed,
  summaryLabel = "Removed on import",
}: {
  removed: Array<{ rule: string; text: string }>;
  summaryLabel?: string;
}) {
  if (removed.length === 0) return <span className="muted">None</span>;
  return (
    <details className="removed">
      <summary>
        {summaryLabel} ({removed.length} {removed.length === 1 ? "line" : "lines"})
      </summary>
      <ul>
        {removed.map((piece, i) => (
          <li key={i}>
            <span className="removed-rule">{RULE_LABELS[piece.rule] ?? piece.rule}</span>
            <q className="removed-text">
              {piece.text.length > PREVIEW_CHARS
                ? `${piece.text.slice(0, PREVIEW_CHARS)}… (${piece.text.length.toLocaleString("en-US")} characters)`
                : piece.text}
            </q>
          </li>
        ))}
      </ul>
    </details>
  );
}
