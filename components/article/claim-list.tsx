"use client";

import { useState } from "react";
import { STATUS_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";

export type ClaimContexts = Record<number, { before: string; after: string }>;

const FILTERS = {
  all: { label: "All", keep: () => true },
  work: {
    label: "Needs work",
    keep: (c: ClaimSummary) => c.status === "unchecked" || c.status === "disputed",
  },
  unchecked: { label: "Unchecked", keep: (c: ClaimSummary) => c.status === "unchecked" },
  verified: { label: "Verified", keep: (c: ClaimSummary) => c.status === "verified" },
  disputed: { label: "Disputed", keep: (c: ClaimSummary) => c.status === "disputed" },
  decided: { label: "Decided", keep: (c: ClaimSummary) => c.status === "decided" },
} as const;
type FilterKey = keyof typeof FILTERS;

/** Every claim with a few words of context, filtered by status or "needs work", with where you are. */
export function ClaimList({
  claims,
  contexts,
  selectedId,
  onSelect,
}: {
  claims: ClaimSummary[];
  contexts: ClaimContexts;
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const [filter, setFilter] = useState<FilterKey>("all");
  const shown = claims.filter(FILTERS[filter].keep);
  const position = claims.findIndex((c) => c.id === selectedId);
  const unchecked = claims.filter((c) => c.status === "unchecked").length;
  if (claims.length === 0)
    return (
      <section className="ws-list-section">
        <h2 className="list-heading">Claims</h2>
        <p className="muted small" data-testid="no-claims">
          No figures were found in this article. Select text and press <kbd>m</kbd> to make a claim
          of it.
        </p>
      </section>
    );
  return (
    <section className="ws-list-section" aria-labelledby="claim-list-heading">
      <div className="ws-list-head">
        <h2 className="list-heading" id="claim-list-heading">
          Claims
        </h2>
        <span className="muted small" data-testid="claim-position">
          {position >= 0 ? `${position + 1} of ${claims.length}` : `${claims.length} in all`} ·{" "}
          {unchecked} unchecked
        </span>
      </div>
      <div className="ws-list-filter">
        <label htmlFor="claim-filter" className="small">
          Show
        </label>
        <select
          id="claim-filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value as FilterKey)}
        >
          {Object.entries(FILTERS).map(([key, f]) => (
            <option key={key} value={key}>
              {f.label} ({claims.filter(f.keep).length})
            </option>
          ))}
        </select>
        {filter !== "all" && (
          <span className="muted small" data-testid="claim-filter-count">
            {shown.length} of {claims.length} match
          </span>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted small">No claims match this filter.</p>
      ) : (
        <ol className="claim-list" data-testid="claim-list">
          {shown.map((c) => {
            const ctx = contexts[c.id];
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className="claim-item"
                  aria-pressed={c.id === selectedId}
                  onClick={() => onSelect(c.id)}
                  data-claim-id={c.id}
                >
                  <span className={`dot dot--${c.status}`} aria-hidden />
                  <span className="claim-item-text">
                    {ctx?.before && <span className="muted">{ctx.before} </span>}
                    <span className="claim-item-quote">{c.quote}</span>
                    {ctx?.after && <span className="muted"> {ctx.after}</span>}
                  </span>
                  <span className={`claim-item-status status-text--${c.status}`}>
                    {STATUS_LABELS[c.status]}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
