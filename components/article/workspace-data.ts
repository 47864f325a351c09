import type { Role } from "@/lib/domain";
import type { WorkspaceClaim } from "@/db/queries/claims";
import type { NoteView } from "@/db/queries/notes";
import type { ClaimSourceView } from "@/db/queries/sources";
import type { LinkView } from "@/db/queries/links";
import type { HistoryEvent } from "@/db/queries/history";
import { noteDocSchema } from "@/lib/validation/note";
import { toClaimSummary } from "./claim-summary";
import { toHistoryEntry } from "@/lib/history";
import type { NoteData, WorkspaceData } from "./workspace-types";

function groupBy<T, U>(
  rows: T[],
  key: (row: T) => number,
  map: (row: T) => U,
): Record<number, U[]> {
  const out: Record<number, U[]> = {};
  for (const row of rows) (out[key(row)] ??= []).push(map(row));
  return out;
}

function toNoteData(note: NoteView): NoteData {
  let doc: NoteData["doc"] = null;
  try {
    // Stored notes were validated on write; re-checking on read keeps a hand-edited row from reaching the renderer.
    const parsed = noteDocSchema.safeParse(JSON.parse(note.docJson));
    doc = parsed.success ? parsed.data : null;
  } catch {
    doc = null;
  }
  return { ...note, doc };
}

/** Shapes the page's fixed set of query results into what the client workspace shows, grouped by claim. */
export function buildWorkspaceData(input: {
  articleId: number;
  me: { id: number; name: string; role: Role };
  canAnnotate: boolean;
  claims: WorkspaceClaim[];
  notes: NoteView[];
  sources: ClaimSourceView[];
  links: LinkView[];
  history: HistoryEvent[];
}): WorkspaceData {
  return {
    articleId: input.articleId,
    me: input.me,
    canAnnotate: input.canAnnotate,
    claims: input.claims.filter((c) => c.deletedAt === null).map(toClaimSummary),
    rejected: input.claims.filter((c) => c.deletedAt !== null).map(toClaimSummary),
    notes: groupBy(input.notes, (n) => n.claimId, toNoteData),
    sources: groupBy(
      input.sources,
      (s) => s.claimId,
      (s) => s,
    ),
    links: groupBy(
      input.links,
      (l) => l.claimId,
      (l) => l,
    ),
    history: groupBy(
      input.history,
      (h) => h.claimId,
      (h) => toHistoryEntry(h),
    ),
  };
}
