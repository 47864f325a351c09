import type { RemovedPiece } from "./clean";

/** What re-importing a changed body did to the article's claims. */
export interface ReimportCounts {
  kept: number;
  orphaned: number;
  refreshed: number;
  replaced: number;
  added: number;
}

/** What importing one article came to; every importer reports it the same way. */
export type ImportOutcome =
  | {
      status: "created";
      articleId: number;
      title: string;
      claimCount: number;
      removed: RemovedPiece[];
    }
  | {
      status: "updated";
      articleId: number;
      title: string;
      claimCount: number;
      removed: RemovedPiece[];
      claims: ReimportCounts;
    }
  | {
      status: "duplicate";
      articleId: number;
      title: string;
      claimCount: 0;
      removed: RemovedPiece[];
    }
  | {
      status: "failed";
      error: string;
      /** Per-field messages when the input itself was refused, so a form can show each beside its field. */
      fieldErrors?: Record<string, string[]>;
    };

export type ItemResult = { label: string } & ImportOutcome;

export interface ImportSummary {
  results: ItemResult[];
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
}
