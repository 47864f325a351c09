"use client";

import { useEffect } from "react";
import type { PanelCommandKind } from "./workspace-context";

const PANEL_KEYS: Record<string, PanelCommandKind> = {
  v: "verify",
  d: "dispute",
  n: "note",
  s: "source",
  l: "link",
  e: "edit",
};

/** Single-key shortcuts, ignored while typing in a field or the note editor, or with a modifier held. */
export function useWorkspaceKeys(handlers: {
  move: (step: 1 | -1) => void;
  command: (kind: PanelCommandKind) => void;
  help: () => void;
  hasSelection: boolean;
}) {
  const { move, command, help, hasSelection } = handlers;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      if (event.key === "?") {
        event.preventDefault();
        help();
      } else if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        move(event.key === "j" ? 1 : -1);
      } else if (hasSelection && PANEL_KEYS[event.key]) {
        event.preventDefault();
        command(PANEL_KEYS[event.key]!);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move, command, help, hasSelection]);
}
