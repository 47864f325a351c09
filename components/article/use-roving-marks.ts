"use client";

import { useEffect, type RefObject } from "react";

/**
 * One tab stop for all the highlights (a roving tabindex): the selected claim's mark, or the first one,
 * is reachable with Tab; j/k move between claims. So Tab from a claim goes straight to its panel instead
 * of through every other highlight. Runs again after each refresh re-renders the server's marks.
 */
export function useRovingMarks(
  root: RefObject<HTMLElement | null>,
  selectedId: number | null,
  refreshed: unknown,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const marks = Array.from(el.querySelectorAll<HTMLElement>("mark[data-claim-id]"));
    const current = marks.find((m) => m.dataset.claimId === String(selectedId)) ?? marks[0];
    for (const m of marks) {
      m.tabIndex = m === current ? 0 : -1;
      if (m.dataset.claimId === String(selectedId)) m.setAttribute("aria-current", "true");
      else m.removeAttribute("aria-current");
    }
  }, [root, selectedId, refreshed]);
}
