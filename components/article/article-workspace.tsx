"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ClaimFacts } from "./claim-facts";
import type { ClaimSummary } from "./claim-summary";
import { STATUS_LABELS } from "@/lib/format";

/** Selection and keyboard navigation over the server-rendered article text.
 * The text itself stays a server component passed in as `text`; only the sidebar is client-side. */
export function ArticleWorkspace({ claims, text }: { claims: ClaimSummary[]; text: ReactNode }) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  const select = useCallback((id: number | null, focus = false) => {
    setSelectedId(id);
    if (id !== null && focus) document.getElementById(`claim-${id}`)?.focus();
    if (id !== null) history.replaceState(null, "", `#claim-${id}`);
  }, []);

  // Reflect the selection on the server-rendered marks.
  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    root.querySelectorAll("mark[aria-current]").forEach((m) => m.removeAttribute("aria-current"));
    if (selectedId !== null) root.querySelector(`mark[data-claim-id="${selectedId}"]`)?.setAttribute("aria-current", "true");
  }, [selectedId]);

  // Open on the claim named in the address (#claim-12).
  useEffect(() => {
    const match = /^#claim-(\d+)$/.exec(location.hash);
    if (match) select(Number(match[1]), true);
  }, [select]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]") || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key !== "j" && event.key !== "k") return;
      event.preventDefault();
      const index = claims.findIndex((c) => c.id === selectedId);
      const next = event.key === "j" ? Math.min(claims.length - 1, index + 1) : Math.max(0, index - 1);
      const claim = claims[index === -1 ? 0 : next];
      if (claim) select(claim.id, true);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [claims, selectedId, select]);

  function onTextActivate(event: React.MouseEvent | React.KeyboardEvent) {
    if ("key" in event && event.key !== "Enter" && event.key !== " ") return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claim-id]");
    if (!mark) return;
    event.preventDefault();
    select(Number(mark.dataset.claimId));
  }

  return (
    <div className="workspace">
      <div ref={textRef} onClick={onTextActivate} onKeyDown={onTextActivate}>
        {text}
      </div>
      <aside className="sidebar" aria-label="Claims">
        <section className="panel" aria-live="polite">
          {selected ? (
            <>
              <h2 className="panel-quote">“{selected.quote}”</h2>
              <ClaimFacts claim={selected} />
            </>
          ) : (
            <p className="muted small">
              Choose a claim in the text or the list. <kbd>j</kbd>/<kbd>k</kbd> move between claims.
            </p>
          )}
        </section>
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
                  onClick={() => select(c.id, true)}
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
      </aside>
    </div>
  );
}
