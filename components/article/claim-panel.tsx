"use client";

import type { ReactNode } from "react";
import type { ClaimSummary } from "./claim-summary";
import { ConflictNotice } from "./conflict-notice";
import { DecisionSection } from "./decision-section";
import { FactsSection } from "./facts-section";
import { HistorySection } from "./history-section";
import { LinksSection } from "./links-section";
import { NotesSection } from "./notes-section";
import { SourcesSection } from "./sources-section";
import { StatusSection } from "./status-section";
import type { WorkspaceData } from "./workspace-types";

export interface ClaimPanelProps {
  claim: ClaimSummary;
  data: WorkspaceData;
  conflict: string | null;
  onConflictResolved: () => void;
  /** Closes the panel (on a phone it is a sheet over the text); focus returns to the claim. */
  onClose: () => void;
  /** Sections other features add for this claim (e.g. link suggestions), shown after the claim's own links. */
  extra?: ReactNode;
}

/** Everything a fact-checker does on one claim, beside the text. */
export function ClaimPanel({
  claim,
  data,
  conflict,
  onConflictResolved,
  onClose,
  extra,
}: ClaimPanelProps) {
  return (
    <section className="panel ws-panel" aria-labelledby="panel-quote" data-testid="claim-panel">
      <div className="ws-panel-head">
        <h2 id="panel-quote" className="panel-quote">
          “{claim.quote}”
        </h2>
        <button type="button" className="link small ws-close" onClick={onClose}>
          Close<span className="visually-hidden"> the claim panel</span>
        </button>
      </div>
      {conflict && <ConflictNotice message={conflict} onLoaded={onConflictResolved} />}
      <StatusSection claim={claim} />
      <DecisionSection claim={claim} />
      <FactsSection claim={claim} />
      <NotesSection claimId={claim.id} notes={data.notes[claim.id] ?? []} />
      <SourcesSection claimId={claim.id} sources={data.sources[claim.id] ?? []} />
      <LinksSection claimId={claim.id} links={data.links[claim.id] ?? []} />
      {/* Sections from other features mount here: ArticleWorkspace's `extraSections[claimId]`. */}
      {extra && <div className="ws-section ws-extra">{extra}</div>}
      <HistorySection claimId={claim.id} entries={data.history[claim.id] ?? []} />
    </section>
  );
}
