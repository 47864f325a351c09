"use client";

import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import type { ActionResult } from "@/lib/action-result";

type Act = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

/** Pause or resume, read now and remove, for one feed; the server answers in place. */
export function FeedActions({
  feed,
  changeFeed,
  readFeedNow,
  removeFeed,
}: {
  feed: { id: number; version: number; paused: boolean; label: string };
  changeFeed: Act;
  readFeedNow: Act;
  removeFeed: Act;
}) {
  const submit = useSubmit();
  const { pending, result } = submit;
  const [success, setSuccess] = useState<string | null>(null);
  const run = (act: () => Promise<ActionResult<unknown>>, said: (data: unknown) => string) =>
    void submit.run(act, (data) => setSuccess(said(data)));
  return (
    <div className="feed-actions">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () => changeFeed({ id: feed.id, version: feed.version, paused: !feed.paused }),
            () => (feed.paused ? "Resumed." : "Paused."),
          )
        }
        aria-label={`${feed.paused ? "Resume" : "Pause"} ${feed.label}`}
      >
        {feed.paused ? "Resume" : "Pause"}
      </button>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () => readFeedNow({ id: feed.id }),
            (data) => {
              const d = data as { imported: number; error: string | null };
              return `${d.imported} imported${d.error ? "; see the error" : ""}.`;
            },
          )
        }
        aria-label={`Read ${feed.label} now`}
      >
        {pending ? "…" : "Read now"}
      </button>
      <button
        type="button"
        className="danger"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Remove ${feed.label}? The articles it imported stay.`))
            run(
              () => removeFeed({ id: feed.id }),
              () => "Removed.",
            );
        }}
        aria-label={`Remove ${feed.label}`}
      >
        Remove
      </button>
      <FormMessage result={result} success={success} />
    </div>
  );
}
