/**
 * Keyset paging, shared by every paged list: a page is an index range after (or before) the row the
 * address names, never an OFFSET, so page 500 costs what page 1 does. A query fetches `limit + 1` rows
 * in the direction it reads; the extra row only says whether there is more that way.
 */
export type PageDirection = "first" | "after" | "before";

export interface KeysetPage<T> {
  rows: T[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/** The page to show from rows fetched in reading order (`before` pages read backwards). */
export function keysetPage<T>(
  fetched: T[],
  limit: number,
  direction: PageDirection,
): KeysetPage<T> {
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (direction === "before") return { rows: rows.reverse(), hasNext: true, hasPrevious: more };
  return { rows, hasNext: more, hasPrevious: direction === "after" };
}

export function directionOf(cursor: { after?: unknown; before?: unknown }): PageDirection {
  if (cursor.before !== undefined) return "before";
  return cursor.after !== undefined ? "after" : "first";
}
