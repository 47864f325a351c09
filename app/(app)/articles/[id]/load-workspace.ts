import type { Db } from "@/db";
import type { Role } from "@/lib/domain";
import { listWorkspaceClaims } from "@/db/queries/claims";
import { listNotesForArticle } from "@/db/queries/notes";
import { listClaimSourcesForArticle } from "@/db/queries/sources";
import { listLinksForArticle } from "@/db/queries/links";
import { listHistoryForArticle } from "@/db/queries/history";
import { can } from "@/lib/auth/permissions";
import { buildWorkspaceData } from "@/components/article/workspace-data";
import type { WorkspaceData } from "@/components/article/workspace-types";

/** Everything the workspace shows for one article, in a fixed number of queries whatever the number of
 * claims (claims, notes, sources, links in two directions, history): see load-workspace.test.ts. */
export function loadWorkspace(
  db: Db,
  { articleId, user }: { articleId: number; user: { id: number; name: string; role: Role } },
): WorkspaceData {
  return buildWorkspaceData({
    articleId,
    me: { id: user.id, name: user.name, role: user.role },
    canAnnotate: can(user.role, "claim.annotate"),
    claims: listWorkspaceClaims(db, { articleId }),
    notes: listNotesForArticle(db, { articleId }),
    sources: listClaimSourcesForArticle(db, { articleId }),
    links: listLinksForArticle(db, { articleId }),
    history: listHistoryForArticle(db, { articleId }),
  });
}
