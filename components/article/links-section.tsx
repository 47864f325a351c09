"use client";

import Link from "next/link";
import { useState } from "react";
import { unlinkClaims } from "@/app/(app)/articles/[id]/link-actions";
import { formatNumber } from "@/lib/format";
import type { LinkRelation } from "@/lib/validation/labels";
import { FormMessage } from "@/components/ui/form-message";
import { LinkForm } from "./link-form";
import { useCommand } from "./use-command";
import { useSubmit } from "@/components/ui/use-submit";
import { useWorkspace } from "./workspace-context";
import type { LinkData } from "./workspace-types";

/** How the link reads from this claim's side: a link is directed ("this updates that"). */
const PHRASES: Record<LinkRelation, { from: string; to: string }> = {
  same_figure: { from: "Same figure as", to: "Same figure as" },
  contradicts: { from: "Contradicts", to: "Contradicted by" },
  updates: { from: "Updates", to: "Updated by" },
  part_of: { from: "Part of", to: "Includes" },
  duplicate: { from: "Duplicate of", to: "Duplicated by" },
};

function otherValue(link: LinkData): string {
  const v =
    link.otherLow !== null && link.otherHigh !== null
      ? `${formatNumber(link.otherLow)} – ${formatNumber(link.otherHigh)}`
      : formatNumber(link.otherValue);
  return link.otherUnit ? `${v} ${link.otherUnit}` : v;
}

export function LinksSection({ claimId, links }: { claimId: number; links: LinkData[] }) {
  const { canAnnotate, articleId, focusClaim } = useWorkspace();
  const [adding, setAdding] = useState(false);
  const remove = useSubmit();
  useCommand("link", () => canAnnotate && setAdding(true));

  return (
    <section className="ws-section" aria-labelledby={`links-${claimId}`}>
      <h3 id={`links-${claimId}`}>
        Linked claims <span className="muted">({links.length})</span>
      </h3>
      {links.length > 0 && (
        <ul className="ws-list" data-testid="claim-links">
          {links.map((l) => (
            <li key={l.id} className="ws-link">
              <span className="ws-relation">{PHRASES[l.relation][l.direction]}</span>{" "}
              <Link href={`/articles/${l.otherArticleId}#claim-${l.otherClaimId}`}>
                “{l.otherQuote}”
              </Link>
              <span className="small">
                {" "}
                <strong data-testid="link-other-value">{otherValue(l)}</strong>
                {l.otherDeletedAt !== null && <span className="muted"> (rejected)</span>}
              </span>
              <span className="muted small ws-link-article">
                {l.otherArticleId === articleId ? "This article" : l.otherArticleTitle}
              </span>
              {canAnnotate && (
                <button
                  type="button"
                  className="link small"
                  disabled={remove.pending}
                  onClick={() => void remove.run(() => unlinkClaims({ linkId: l.id }))}
                >
                  Remove link
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage result={remove.result} />
      {adding ? (
        <LinkForm
          claimId={claimId}
          onDone={() => {
            setAdding(false);
            focusClaim(claimId);
          }}
        />
      ) : (
        canAnnotate && (
          <button type="button" onClick={() => setAdding(true)} aria-keyshortcuts="l">
            Link to a claim <kbd>l</kbd>
          </button>
        )
      )}
    </section>
  );
}
