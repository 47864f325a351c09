"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { confirmSuggestion, dismissSuggestion } from "@/app/(app)/suggestions/actions";
import { unlinkClaims } from "@/app/(app)/articles/[id]/link-actions";
import { useOptionalWorkspace } from "@/components/article/workspace-context";
import { RELATION_LABELS, type SuggestionItem } from "./suggestion-types";
import "./suggestions.css";

/** Suggested links for one claim. Keys on a focused suggestion: c confirms, x dismisses; focus then
 * moves to the next one, so a checker can work down the list without the mouse. */
export function SuggestionList({
  claimId,
  suggestions,
}: {
  claimId: number;
  suggestions: SuggestionItem[];
}) {
  const router = useRouter();
  const workspace = useOptionalWorkspace();
  const [decided, setDecided] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Busy only while the action runs; the page refresh after it must not block the next key press.
  const [pending, setPending] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const open = suggestions.filter((s) => !decided.has(s.id));

  async function decide(s: SuggestionItem, action: "confirm" | "dismiss") {
    if (pending) return;
    const index = open.findIndex((o) => o.id === s.id);
    setPending(true);
    const result = await (action === "confirm" ? confirmSuggestion : dismissSuggestion)({
      suggestionId: s.id,
    }).finally(() => setPending(false));
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    setDecided((d) => new Set(d).add(s.id));
    const text =
      action === "confirm"
        ? `Confirmed: ${RELATION_LABELS[s.relation] ?? s.relation} ${s.candidateQuote}`
        : `Dismissed ${s.candidateQuote}`;
    const linkId = result.data.linkId;
    if (workspace) {
      setMessage(null);
      workspace.notify({
        message: text,
        // Undo of a confirm removes the link it made, through the same write as "Remove link".
        undo:
          action === "confirm" && linkId !== null
            ? () =>
                void unlinkClaims({ linkId }).then((r) =>
                  workspace.notify({ message: r.ok ? "Undone: link removed" : r.error }),
                )
            : undefined,
      });
    } else setMessage({ text: `${text}.`, error: false });
    // Keep the keyboard where the work is: the next suggestion, or the list's heading.
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>("[data-suggestion-id]");
      const next = items?.[Math.min(index, (items?.length ?? 1) - 1)];
      (next ?? listRef.current?.parentElement)?.focus();
    });
    router.refresh();
  }

  function onKey(event: React.KeyboardEvent, s: SuggestionItem) {
    if (event.target !== event.currentTarget || event.metaKey || event.ctrlKey || event.altKey)
      return;
    if (event.key === "c") {
      event.preventDefault();
      void decide(s, "confirm");
    } else if (event.key === "x") {
      event.preventDefault();
      void decide(s, "dismiss");
    }
  }

  return (
    <section
      className="ws-section suggestions"
      aria-labelledby={`suggestions-${claimId}`}
      tabIndex={-1}
      data-testid="suggestions"
    >
      <h3 id={`suggestions-${claimId}`}>
        Suggested links <span className="muted">({open.length})</span>
      </h3>
      <p className="muted suggestions-help">
        <kbd>g</kbd> goes to the first suggestion, then <kbd>c</kbd> confirm · <kbd>x</kbd> dismiss.{" "}
        <a href={`/timeline/${claimId}`}>Timeline of this figure</a>
      </p>
      {open.length === 0 ? (
        <p className="muted">No open suggestions for this claim.</p>
      ) : (
        <ul ref={listRef} className="suggestion-items" aria-label="Suggested links">
          {open.map((s) => (
            <li
              key={s.id}
              tabIndex={0}
              data-suggestion-id={s.id}
              aria-label={`${RELATION_LABELS[s.relation] ?? s.relation}: ${s.candidateQuote}, in ${s.candidateArticleTitle}`}
              className="suggestion"
              onKeyDown={(e) => onKey(e, s)}
            >
              <div className="suggestion-head">
                <span className={`relation relation-${s.relation}`}>
                  {RELATION_LABELS[s.relation] ?? s.relation}
                </span>
                <a
                  href={`/articles/${s.candidateArticleId}#claim-${s.candidateId}`}
                  className="suggestion-quote"
                >
                  {s.candidateQuote}
                </a>
                <span className="muted suggestion-score" title="How sure Tally is">
                  {Math.round(s.score * 100)}%
                </span>
              </div>
              <div className="muted suggestion-source">
                {[
                  s.candidateOutlet ?? s.candidateArticleTitle,
                  s.candidatePublishedAt?.slice(0, 10),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              <div className="suggestion-reason">{s.reason}</div>
              <div className="suggestion-actions">
                <button type="button" disabled={pending} onClick={() => decide(s, "confirm")}>
                  Confirm <kbd>c</kbd>
                </button>
                <button type="button" disabled={pending} onClick={() => decide(s, "dismiss")}>
                  Dismiss <kbd>x</kbd>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "error" : "muted"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
