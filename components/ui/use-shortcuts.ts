"use client";

import { useEffect, useRef } from "react";

/**
 * True when a key press must not trigger a single-key shortcut: it belongs to a text field, the note
 * editor, an open form or a dialog. A form counts even when focus sits on one of its buttons, so typing
 * "vol. 2, p. 14" never verifies ("v") or opens a link form ("l"). Radios and checkboxes take no text:
 * forms that want their keys while one is focused mark themselves `data-shortcuts="allow"`.
 */
export function shortcutsBlocked(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("dialog, [role=dialog]")) return true;
  if (target.closest("textarea, select, [contenteditable=true], [contenteditable='']")) return true;
  if (target instanceof HTMLInputElement)
    return !(target.type === "radio" || target.type === "checkbox") || !allowed(target);
  return target.closest("form") !== null && !allowed(target);
}

function allowed(target: HTMLElement) {
  return target.closest("form")?.dataset.shortcuts === "allow";
}

/** The handlers: a key ("v", "?", "Escape") and what it does. Return `false` to let the key through. */
export type ShortcutMap = Record<string, ((event: KeyboardEvent) => void | false) | undefined>;

/** Single-key shortcuts on the window: never while typing (see `shortcutsBlocked`), with a modifier held,
 * or while an input method composes. The one shortcut hook of the app (workspace, queue, decision desk). */
export function useShortcuts(
  handlers: ShortcutMap,
  enabled = true,
  /** When a key must not reach the handlers; a page with keys of its own in a form may widen it. */
  blocked: (event: KeyboardEvent) => boolean = (event) => shortcutsBlocked(event.target),
) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const latestBlocked = useRef(blocked);
  latestBlocked.current = blocked;
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (latestBlocked.current(event)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      if (handler(event) === false) return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
