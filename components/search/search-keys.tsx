"use client";

import { useEffect } from "react";
import { shortcutsBlocked } from "@/components/ui/use-shortcuts";

const HITS = "a[data-search-hit]";

/** Keyboard-first search: "/" jumps to the search box, j/k or the arrows move through the results
 * (from the box, ↓ enters them), Enter opens the focused one (it is a link). */
export function SearchKeys() {
  useEffect(() => {
    function move(step: number) {
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(HITS));
      if (!links.length) return;
      const at = links.findIndex((l) => l === document.activeElement);
      const next =
        at === -1
          ? step > 0
            ? 0
            : links.length - 1
          : Math.min(links.length - 1, Math.max(0, at + step));
      links[next]!.focus();
      links[next]!.scrollIntoView({ block: "nearest" });
    }
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const box = document.getElementById("search-q");
      if (event.target === box && event.key === "ArrowDown") {
        event.preventDefault();
        move(1);
        return;
      }
      const inResults = document.activeElement?.matches(HITS) ?? false;
      // A focused result is a link, not a field, even where the results sit inside the filter form.
      if (!inResults && shortcutsBlocked(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        (box as HTMLInputElement | null)?.select();
        box?.focus();
      } else if (event.key === "j" || (event.key === "ArrowDown" && inResults)) {
        event.preventDefault();
        move(1);
      } else if (event.key === "k" || (event.key === "ArrowUp" && inResults)) {
        event.preventDefault();
        move(-1);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
