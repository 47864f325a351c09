"use client";

import { useEffect, useRef } from "react";
import { useWorkspace, type PanelCommandKind } from "./workspace-context";

/** Calls `handler` each time the keyboard asks the panel for `kind` (ignores the request already pending at mount). */
export function useCommand(kind: PanelCommandKind, handler: () => void) {
  const { command } = useWorkspace();
  const seen = useRef(command?.seq ?? 0);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!command || command.seq === seen.current) return;
    seen.current = command.seq;
    if (command.kind === kind) latest.current();
  }, [command, kind]);
}
