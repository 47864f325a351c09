"use client";

import { useEffect, useRef } from "react";

/** True when a key press belongs to a text field, so single-letter shortcuts never eat typing. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A focused radio or checkbox takes no text: pressing 3 then u must still uphold.
  if (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox"))
    return false;
  return !!target.closest("input, textarea, select, [contenteditable=true]");
}

/** Single-key shortcuts on the window, ignored while typing or with a modifier held. */
export function useShortcutKeys(handlers: Record<string, () => void>) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
