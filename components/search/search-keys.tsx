"use client";

import { moveFocusInList } from "@/components/ui/focus-list";
import { shortcutsBlocked, useShortcuts } from "@/components/ui/use-shortcuts";

const HITS = "a[data-search-hit]";

const searchBox = () => document.getElementById("search-q") as HTMLInputElement | null;
const inResults = () => document.activeElement?.matches(HITS) ?? false;

function move(step: number) {
  moveFocusInList(HITS, step)?.scrollIntoView({ block: "nearest" });
}

/** Keyboard-first search: "/" jumps to the search box, j/k or the arrows move through the results
 * (from the box, ↓ enters them), Enter opens the focused one (it is a link). On the one shortcut hook. */
export function SearchKeys() {
  useShortcuts(
    {
      "/": () => {
        searchBox()?.select();
        searchBox()?.focus();
      },
      j: () => move(1),
      k: () => move(-1),
      ArrowDown: (event) => (event.target === searchBox() || inResults() ? move(1) : false),
      ArrowUp: () => (inResults() ? move(-1) : false),
    },
    true,
    // ↓ in the box enters the results; a focused result is a link, not a field, even where the results
    // sit inside the filter form.
    (event) =>
      !(event.target === searchBox() && event.key === "ArrowDown") &&
      !inResults() &&
      shortcutsBlocked(event.target),
  );
  return null;
}
