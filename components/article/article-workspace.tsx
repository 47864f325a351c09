"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { RejectedClaims } from "./rejected-claims";
import { SelectionClaim } from "./selection-claim";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useWorkspaceKeys } from "./use-workspace-keys";
import {
  WorkspaceContext,
  type PanelCommand,
  type PanelCommandKind,
  type WorkspaceContextValue,
} from "./workspace-context";
import type { WorkspaceData } from "./workspace-types";
import "./workspace.css";

/** Selection, keyboard and the claim panel over the server-rendered article text.
 * The text itself stays a server component passed in as `text`; only the sidebar is client-side. */
export function ArticleWorkspace({
  data,
  text,
  extraSections,
}: {
  data: WorkspaceData;
  text: ReactNode;
  /**
   * The slot for other features' panel sections, keyed by claim id (e.g. link suggestions:
   * `{ [claimId]: <SuggestionList … /> }`). Elements, not functions, so a server page can pass them.
   */
  extraSections?: Record<number, ReactNode>;
}) {
  const { claims } = data;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [command, setCommand] = useState<PanelCommand | null>(null);
  const [conflicts, setConflicts] = useState<Record<number, string>>({});
  const [helpOpen, setHelpOpen] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  const select = useCallback((id: number | null, focus = true) => {
    setSelectedId(id);
    if (id === null) return;
    history.replaceState(null, "", `#claim-${id}`);
    // The highlight may only appear after the refresh that follows a write (a restored or new claim).
    if (focus) requestAnimationFrame(() => document.getElementById(`claim-${id}`)?.focus());
  }, []);

  // Reflect the selection on the server-rendered marks (again after every refresh re-renders them).
  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    root.querySelectorAll("mark[aria-current]").forEach((m) => m.removeAttribute("aria-current"));
    if (selectedId !== null)
      root
        .querySelector(`mark[data-claim-id="${selectedId}"]`)
        ?.setAttribute("aria-current", "true");
  }, [selectedId, data]);

  // Open on the claim named in the address (#claim-12).
  useEffect(() => {
    const match = /^#claim-(\d+)$/.exec(location.hash);
    if (match) select(Number(match[1]));
  }, [select]);

  const move = useCallback(
    (step: 1 | -1) => {
      const index = claims.findIndex((c) => c.id === selectedId);
      const next =
        index === -1 ? claims[0] : claims[Math.min(claims.length - 1, Math.max(0, index + step))];
      if (next) select(next.id);
    },
    [claims, selectedId, select],
  );
  const issue = useCallback(
    (kind: PanelCommandKind) => setCommand((c) => ({ kind, seq: (c?.seq ?? 0) + 1 })),
    [],
  );
  const help = useCallback(() => setHelpOpen(true), []);
  useWorkspaceKeys({ move, command: issue, help, hasSelection: selected !== null });

  const reportConflict = useCallback(
    (claimId: number, message: string) => setConflicts((c) => ({ ...c, [claimId]: message })),
    [],
  );
  const context = useMemo<WorkspaceContextValue>(
    () => ({
      articleId: data.articleId,
      me: data.me,
      canAnnotate: data.canAnnotate,
      command,
      reportConflict,
      selectClaim: select,
    }),
    [data.articleId, data.me, data.canAnnotate, command, reportConflict, select],
  );

  function onTextActivate(event: React.MouseEvent | React.KeyboardEvent) {
    if ("key" in event && event.key !== "Enter" && event.key !== " ") return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claim-id]");
    if (!mark) return;
    // A drag that selects text is for a manual claim, not a click on the highlight.
    if (!("key" in event) && !document.getSelection()?.isCollapsed) return;
    event.preventDefault();
    select(Number(mark.dataset.claimId), false);
  }

  return (
    <WorkspaceContext.Provider value={context}>
      <div className="workspace ws-workspace">
        <div ref={textRef} onClick={onTextActivate} onKeyDown={onTextActivate}>
          {text}
        </div>
        <aside className="sidebar ws-sidebar" aria-label="Claims">
          <SelectionClaim textRef={textRef} />
          {selected ? (
            <ClaimPanel
              key={selected.id}
              claim={selected}
              data={data}
              conflict={conflicts[selected.id] ?? null}
              onConflictResolved={() => setConflicts(({ [selected.id]: _, ...rest }) => rest)}
              extra={extraSections?.[selected.id]}
            />
          ) : (
            <section className="panel" aria-live="polite">
              <p className="muted small">
                Choose a claim in the text or the list. <kbd>j</kbd>/<kbd>k</kbd> move between
                claims, <kbd>?</kbd> shows all shortcuts.
              </p>
            </section>
          )}
          <ClaimList claims={claims} selectedId={selectedId} onSelect={(id) => select(id)} />
          <RejectedClaims claims={data.rejected} />
          <button type="button" className="link small ws-help" onClick={help}>
            Keyboard shortcuts <kbd>?</kbd>
          </button>
        </aside>
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </WorkspaceContext.Provider>
  );
}
