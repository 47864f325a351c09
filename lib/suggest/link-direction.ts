/** Which way a confirmed link points, so it reads true: a part points to its total, a newer figure
 * points to the older one it updates; otherwise from the claim the checker was looking at. */
export interface LinkEnd {
  id: number;
  articleId: number;
  value: number | null;
  publishedAt: string | null;
}

export function linkDirection(
  relation: string,
  a: LinkEnd,
  b: LinkEnd,
): { from: number; to: number } {
  if (relation === "part_of" && a.value !== null && b.value !== null) {
    return a.value <= b.value ? { from: a.id, to: b.id } : { from: b.id, to: a.id };
  }
  if (relation === "updates" && a.publishedAt && b.publishedAt && a.publishedAt < b.publishedAt)
    return { from: b.id, to: a.id };
  return { from: a.id, to: b.id };
}
