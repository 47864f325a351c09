/**
 * Moves focus `step` places through the links matching `selector` (j / k on a list of results), stopping
 * at either end. With none of them focused, a step forward starts at the first and a step back at the
 * last. Returns the link now focused, so the caller scrolls what it shows as one item into view.
 */
export function moveFocusInList(selector: string, step: number): HTMLAnchorElement | undefined {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(selector));
  if (links.length === 0) return undefined;
  const at = links.findIndex((l) => l === document.activeElement);
  const next =
    at === -1
      ? step > 0
        ? 0
        : links.length - 1
      : Math.min(links.length - 1, Math.max(0, at + step));
  const link = links[next];
  link?.focus();
  return link;
}
