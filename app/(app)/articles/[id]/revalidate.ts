import "server-only";
import { revalidatePath } from "next/cache";

/** Every article a write touched shows its new state on the next render. */
export function revalidateArticles(...articleIds: (number | null)[]): void {
  for (const id of new Set(articleIds)) if (id !== null) revalidatePath(`/articles/${id}`);
}

/** A claim write as the workspace needs it back, after revalidating the claim's article. */
export function claimWritten(written: { claimId: number; version: number; articleId: number }): {
  claimId: number;
  version: number;
} {
  revalidateArticles(written.articleId);
  return { claimId: written.claimId, version: written.version };
}
