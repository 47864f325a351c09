import type { ClaimSourceView } from "@/db/queries/sources";
import type { LinkView } from "@/db/queries/links";
import type { NoteDoc } from "@/lib/notes/types";
import type { HistoryEntry } from "@/lib/history";
import type { Role } from "@/lib/domain";
import type { ClaimSummary } from "./claim-summary";

export interface NoteData {
  id: number;
  claimId: number;
  authorId: number;
  authorName: string;
  /** Null when the stored JSON no longer passes the note schema: shown as unreadable, never rendered raw. */
  doc: NoteDoc | null;
  version: number;
  createdAt: number;
  updatedAt: number | null;
}

export type SourceData = ClaimSourceView;
export type LinkData = LinkView;

export type { HistoryEntry };

/** What a claim write sends back: the claim as it now is and its audit trail, which the workspace shows
 * at once instead of the server re-rendering the whole article after each write. */
export interface ClaimChange {
  claimId: number;
  version: number;
  claim: ClaimSummary;
  history: HistoryEntry[];
}

/** Everything the workspace shows for one article, grouped by claim id. */
export interface WorkspaceData {
  articleId: number;
  me: { id: number; name: string; role: Role };
  canAnnotate: boolean;
  claims: ClaimSummary[];
  rejected: ClaimSummary[];
  notes: Record<number, NoteData[]>;
  sources: Record<number, SourceData[]>;
  links: Record<number, LinkData[]>;
  history: Record<number, HistoryEntry[]>;
}
