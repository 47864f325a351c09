import { RemovedPieces } from "./removed-pieces";
import "./import.css";

/** Parses an article's stored removedJson; anything malformed reads as nothing removed. */
export function parseRemoved(json: string): Array<{ rule: string; text: string }> {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return [];
    return (value as unknown[]).filter(
      (p): p is { rule: string; text: string } =>
        typeof p === "object" &&
        p !== null &&
        typeof (p as { rule?: unknown }).rule === "string" &&
        typeof (p as { text?: unknown }).text === "string",
    );
  } catch {
    return [];
  }
}

/** The article page's "removed on import" disclosure: what the cleaner took out, for anyone who wonders. */
export function RemovedOnImport({ removedJson }: { removedJson: string }) {
  const removed = parseRemoved(removedJson);
  if (removed.length === 0) return null;
  return (
    <div className="removed-on-import" data-testid="removed-on-import">
      <RemovedPieces removed={removed} />
    </div>
  );
}
