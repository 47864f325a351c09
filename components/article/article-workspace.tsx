"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Toast, type ToastState } from "@/components/ui/toast";
import { ClaimList, type ClaimContexts } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { RejectedClaims } from "./rejected-claims";
import { SelectionClaim } from "./selection-claim";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useRovingMarks } from "./use-roving-marks";
import { useWorkspaceKeys } from "./use-workspace-keys";
import {
  WorkspaceContext,
  type PanelCommand,
  type PanelCommandKind,
  type WorkspaceContextValue,
} from "./workspace-context";
import type { ClaimChange, WorkspaceData } from "./workspace-types";
import { applyClaimChanges } from "./claim-changes";
import { useMarkStatus } from "./use-mark-status";
import "./workspace.css";

const FOCUSABLE = "button:not([disabled]), a[href], input, select, textarea, [tabindex='0']";

/** Selection, keyboard and the claim panel over the server-rendered article text.
 * The text itself stays a server component passed in as `text`; only the sidebar is client-side. */
export function ArticleWorkspace({
  data: rendered,
  text,
  contexts = {},
  extraSections,
}: {
  data: WorkspaceData;
  text: ReactNode;
  /** A few words either side of each claim, for the list. */
  contexts?: ClaimContexts;
  /**
   * The slot for other features' panel sections, keyed by claim id (e.g. link suggestions:
   * `{ [claimId]: <SuggestionList … /> }`). Elements, not functions, so a server page can pass them.
   */
  extraSections?: Record<number, ReactNode>;
}) {
  const router = useRouter();
  // Claim writes answer with the claim as it now is; they are shown over the server's render until a
  // refresh brings the same version (claim-changes.ts).
  const [changes, setChanges] = useState<Record<number, ClaimChange>>({});
  const data = useMemo(() => applyClaimChanges(rendered, changes), [rendered, changes]);
  const { claims } = data;
  const applyChange = useCallback(
    (change: ClaimChange) => setChanges((c) => ({ ...c, [change.claimId]: change })),
    [],
  );
  const statusOf = useCallback((id: number) => claims.find((c) => c.id === id)?.status, [claims]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [command, setCommand] = useState<PanelCommand | null>(null);
  const [conflicts, setConflicts] = useState<Record<number, string>>({});
  const [helpOpen, setHelpOpen] = useState(false);
  const [toast, setToast] = useState<ToastState | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  const focusClaim = useCallback((id: number) => {
    // The highlight may only appear after the refresh that follows a write (a restored or new claim).
    const tryFocus = (attempt: number) => {
      const mark = document.getElementById(`claim-${id}`);
      if (mark) {
        mark.focus();
        mark.scrollIntoView({ block: "nearest" });
      } else if (attempt < 20) setTimeout(() => tryFocus(attempt + 1), 50);
    };
    requestAnimationFrame(() => tryFocus(0));
  }, []);

  const select = useCallback(
    (id: number | null, focus = true) => {
      setSelectedId(id);
      if (id === null) return;
      history.replaceState(null, "", `#claim-${id}`);
      if (focus) focusClaim(id);
    },
    [focusClaim],
  );

  useRovingMarks(textRef, selectedId, data);
  useMarkStatus(textRef, claims);

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
  const nextUnchecked = useCallback(() => {
    const index = claims.findIndex((c) => c.id === selectedId);
    const after = [...claims.slice(index + 1), ...claims.slice(0, Math.max(0, index + 1))];
    const next = after.find((c) => c.status === "unchecked");
    if (next) select(next.id);
  }, [claims, selectedId, select]);
  const selectNextAfter = useCallback(
    (id: number) => {
      const index = claims.findIndex((c) => c.id === id);
      const next = claims[index + 1] ?? claims[index - 1];
      select(next ? next.id : null);
    },
    [claims, select],
  );
  const issue = useCallback(
    (kind: PanelCommandKind) => setCommand((c) => ({ kind, seq: (c?.seq ?? 0) + 1 })),
    [],
  );
  const help = useCallback(() => setHelpOpen(true), []);
  const notify = useCallback(
    (t: Omit<ToastState, "seq">) => setToast((old) => ({ ...t, seq: (old?.seq ?? 0) + 1 })),
    [],
  );

  const inPanel = () => !!panelRef.current?.contains(document.activeElement);
  useWorkspaceKeys({
    move,
    nextUnchecked,
    command: issue,
    help,
    hasSelection: selected !== null,
    togglePanel: () => {
      if (selectedId === null) return move(1);
      if (inPanel()) return focusClaim(selectedId);
      const controls = panelRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [];
      Array.from(controls)
        .find((el) => el.checkVisibility())
        ?.focus();
    },
    backToClaim: () => {
      if (selectedId === null || !inPanel()) return false;
      focusClaim(selectedId);
      return true;
    },
    timeline: () => router.push(`/timeline/${selectedId}`),
    suggestions: () => {
      const panel = panelRef.current;
      const target =
        panel?.querySelector<HTMLElement>("[data-suggestion-id]") ??
        panel?.querySelector<HTMLElement>("[data-testid=suggestions]");
      target?.focus();
    },
    undo: () => {
      if (!toast?.undo) return false;
      toast.undo();
      return true;
    },
  });

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
      focusClaim,
      notify,
      selectNextAfter,
      applyChange,
      statusOf,
    }),
    [
      data.articleId,
      data.me,
      data.canAnnotate,
      command,
      reportConflict,
      select,
      focusClaim,
      notify,
      selectNextAfter,
      applyChange,
      statusOf,
    ],
  );

  function onTextActivate(event: React.MouseEvent | React.KeyboardEvent) {
    if ("key" in event && event.key !== "Enter" && event.key !== " ") return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claim-id]");
    if (!mark) return;
    // A drag that selects text is for a manual claim, not a click on the highlight.
    if (!("key" in event) && !document.getSelection()?.isCollapsed) return;
    event.preventDefault();
    select(Number(mark.dataset.claimId), false);
    if (!("key" in event)) mark.focus();
  }

  return (
    <WorkspaceContext.Provider value={context}>
      <div className={`workspace ws-workspace${selected ? " ws-has-panel" : ""}`}>
        <div ref={textRef} onClick={onTextActivate} onKeyDown={onTextActivate}>
          {text}
        </div>
        <aside className="sidebar ws-sidebar" aria-label="Claims">
          <SelectionClaim textRef={textRef} />
          <div ref={panelRef} className="ws-panel-slot">
            {selected ? (
              <ClaimPanel
                key={selected.id}
                claim={selected}
                data={data}
                conflict={conflicts[selected.id] ?? null}
                onConflictResolved={() => setConflicts(({ [selected.id]: _, ...rest }) => rest)}
                onClose={() => {
                  const id = selected.id;
                  setSelectedId(null);
                  focusClaim(id);
                }}
                extra={extraSections?.[selected.id]}
              />
            ) : claims.length > 0 ? (
              <section className="panel ws-empty-panel">
                <p className="muted small">
                  Choose a claim in the text or the list. <kbd>j</kbd>/<kbd>k</kbd> move between
                  claims, <kbd>?</kbd> shows all shortcuts.
                </p>
              </section>
            ) : null}
          </div>
          <ClaimList
            claims={claims}
            contexts={contexts}
            selectedId={selectedId}
            onSelect={(id) => select(id)}
          />
          <RejectedClaims claims={data.rejected} />
          <button type="button" className="link small ws-help" onClick={help}>
            Keyboard shortcuts <kbd>?</kbd>
          </button>
        </aside>
      </div>
      <Toast toast={toast} onClose={() => setToast(null)} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </WorkspaceContext.Provider>
  );
}
