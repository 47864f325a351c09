"use client";

import { STATUS_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";

export function ClaimList({
  claims,
  selectedId,
  onSelect,
}: {
  claims: ClaimSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  return (
    <section>
      <h2 className="list-heading">
        Claims <span className="muted">({claims.length})</span>
      </h2>
      <ol className="claim-list" data-testid="claim-list">
        {claims.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="claim-item"
              aria-pressed={c.id === selectedId}
              onClick={() => onSelect(c.id)}
              data-claim-id={c.id}
            >
              <span className={`dot dot--${c.status}`} aria-hidden />
              <span className="claim-item-quote">{c.quote}</span>
              <span className="visually-hidden">{STATUS_LABELS[c.status]}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
