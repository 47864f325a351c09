"use client";

import { useState } from "react";
import { watchClaim } from "@/app/(app)/articles/[id]/watch-actions";
import { useSubmit } from "@/components/ui/use-submit";
import { FormMessage } from "@/components/ui/form-message";
import { isWatched, type ClaimStatus, type WatchChoice } from "@/lib/domain";
import { useOptionalWorkspace } from "@/components/article/workspace-context";

/** The claim panel's watch section: whether the figure is watched (by default once verified or decided)
 * and a button to watch or unwatch it; "back to default" clears the choice. */
export function WatchToggle({
  claimId,
  status: rendered,
  choice,
  canWatch,
}: {
  claimId: number;
  status: ClaimStatus;
  choice: WatchChoice | null;
  canWatch: boolean;
}) {
  const [seen, setSeen] = useState(choice);
  // A status changed in the workspace since the server rendered this section.
  const status = useOptionalWorkspace()?.statusOf(claimId) ?? rendered;
  const { run, pending, result } = useSubmit();
  const watched = isWatched(status, seen);
  const why =
    seen === null
      ? watched
        ? `watched because it is ${status}`
        : "watched once verified or decided"
      : watched
        ? "watched by choice"
        : "not watched, by choice";
  const set = (watch: WatchChoice | null) =>
    void run(
      () => watchClaim({ claimId, seen, watch }),
      () => setSeen(watch),
    );
  return (
    <section className="watch-section" aria-label="Watch">
      <h3>Watch</h3>
      <p className="small">
        <span data-testid="watch-state">{watched ? "Watched" : "Not watched"}</span>{" "}
        <span className="muted">({why})</span>
      </p>
      <p className="muted small">
        A watched figure raises an alert when a new article gives it another value.
      </p>
      {canWatch && (
        <div className="watch-actions">
          <button
            type="button"
            disabled={pending}
            onClick={() => set(watched ? "unwatch" : "watch")}
          >
            {watched ? "Unwatch" : "Watch"}
          </button>
          {seen !== null && (
            <button
              type="button"
              className="link small"
              disabled={pending}
              onClick={() => set(null)}
            >
              Back to default
            </button>
          )}
        </div>
      )}
      <FormMessage result={result} />
    </section>
  );
}
