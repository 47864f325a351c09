"use client";

import { useShortcuts } from "@/components/ui/use-shortcuts";

/** j / k move between the queue's claims (Enter opens one), like the article page's j / k. */
export function QueueKeys() {
  const move = (step: number) => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-queue-link]"));
    if (links.length === 0) return;
    const at = links.findIndex((l) => l === document.activeElement);
    const next =
      at === -1
        ? step > 0
          ? 0
          : links.length - 1
        : Math.min(links.length - 1, Math.max(0, at + step));
    links[next]!.focus();
    links[next]!.closest("li")?.scrollIntoView({ block: "nearest" });
  };
  useShortcuts({ j: () => move(1), k: () => move(-1) });
  return (
    <p className="muted small queue-keys-hint">
      <kbd>j</kbd>/<kbd>k</kbd> move between claims, <kbd>Enter</kbd> opens one; on a claim,{" "}
      <kbd>?</kbd> lists the decision keys.
    </p>
  );
}
