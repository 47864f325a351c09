"use client";

import { useShortcuts } from "@/components/ui/use-shortcuts";
import type { PanelCommandKind } from "./workspace-context";

const PANEL_KEYS: Record<string, PanelCommandKind> = {
  v: "verify",
  d: "dispute",
  n: "note",
  s: "source",
  l: "link",
  e: "edit",
  r: "reject",
};

/** The article page's keys, on the one shortcut hook (never while typing, in a form or a dialog). */
export function useWorkspaceKeys(handlers: {
  move: (step: 1 | -1) => void;
  nextUnchecked: () => void;
  command: (kind: PanelCommandKind) => void;
  help: () => void;
  togglePanel: () => void;
  backToClaim: () => boolean;
  timeline: () => void;
  suggestions: () => void;
  undo: () => boolean;
  hasSelection: boolean;
}) {
  const h = handlers;
  const panel = Object.fromEntries(
    Object.entries(PANEL_KEYS).map(([key, kind]) => [
      key,
      () => (h.hasSelection ? h.command(kind) : false),
    ]),
  );
  useShortcuts({
    ...panel,
    "?": h.help,
    j: () => h.move(1),
    k: () => h.move(-1),
    u: h.nextUnchecked,
    p: h.togglePanel,
    t: () => (h.hasSelection ? h.timeline() : false),
    g: () => (h.hasSelection ? h.suggestions() : false),
    z: () => (h.undo() ? undefined : false),
    Escape: () => (h.backToClaim() ? undefined : false),
  });
}
