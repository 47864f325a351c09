"use client";

import { moveFocusInList } from "@/components/ui/focus-list";
import { useShortcuts } from "@/components/ui/use-shortcuts";

/** j / k move between the queue's claims (Enter opens one), like the article page's j / k. */
export function QueueKeys() {
  // The whole item scrolls into view, not only its link: the reason and sources sit below it.
  const move = (step: number) =>
    moveFocusInList("a[data-queue-link]", step)
      ?.closest("li")
      ?.scrollIntoView({ block: "nearest" });
  useShortcuts({ j: () => move(1), k: () => move(-1) });
  return (
    <p className="muted small queue-keys-hint">
      <kbd>j</kbd>/<kbd>k</kbd> move between claims, <kbd>Enter</kbd> opens one; on a claim,{" "}
      <kbd>?</kbd> lists the decision keys.
    </p>
  );
}
