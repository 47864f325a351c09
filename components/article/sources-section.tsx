"use client";

import Link from "next/link";
import { useState } from "react";
import { detachSource } from "@/app/(app)/articles/[id]/source-actions";
import { SourceAttachForm } from "@/components/sources/source-attach-form";
import { formatDate } from "@/lib/format";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/lib/validation/labels";
import { FormMessage } from "@/components/ui/form-message";
import { useCommand } from "./use-command";
import { useSubmit } from "@/components/ui/use-submit";
import { useWorkspace } from "./workspace-context";
import type { SourceData } from "./workspace-types";

export function SourcesSection({ claimId, sources }: { claimId: number; sources: SourceData[] }) {
  const { canAnnotate, focusClaim } = useWorkspace();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const detach = useSubmit();
  useCommand("source", () => canAnnotate && setAdding(true));

  return (
    <section className="ws-section" aria-labelledby={`sources-${claimId}`}>
      <h3 id={`sources-${claimId}`}>
        Sources <span className="muted">({sources.length})</span>
      </h3>
      {sources.length > 0 && (
        <ul className="ws-list" data-testid="claim-sources">
          {sources.map((s) => (
            <li key={s.id} className="ws-source">
              <span className={`stance stance--${s.stance}`}>{STANCE_LABELS[s.stance]}</span>{" "}
              <Link href={`/sources/${s.sourceId}`}>{s.title}</Link>
              <span className="muted small">
                {" "}
                {[
                  s.publisher,
                  SOURCE_TYPE_LABELS[s.type],
                  s.publishedOn ? formatDate(s.publishedOn) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
              {s.url && (
                <a
                  className="small ws-url"
                  href={s.url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                >
                  {s.url}
                </a>
              )}
              {s.locator && <span className="small ws-locator">At: {s.locator}</span>}
              {canAnnotate && (
                <button
                  type="button"
                  className="link small"
                  disabled={detach.pending}
                  onClick={() => void detach.run(() => detachSource({ claimSourceId: s.id }))}
                >
                  Detach<span className="visually-hidden"> {s.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage result={detach.result} />
      {notice && (
        <p className="form-ok" role="status">
          {notice}
        </p>
      )}
      {adding ? (
        <SourceAttachForm
          claimId={claimId}
          onDone={(message) => {
            setAdding(false);
            setNotice(message);
            focusClaim(claimId);
          }}
        />
      ) : (
        canAnnotate && (
          <button type="button" onClick={() => setAdding(true)} aria-keyshortcuts="s">
            Add a source <kbd>s</kbd>
          </button>
        )
      )}
    </section>
  );
}
