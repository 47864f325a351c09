"use client";

import { fieldText } from "@/components/ui/field-text";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FEED_INTERVALS, intervalLabel } from "@/lib/feeds/intervals";

type AddFeed = (input: {
  url: string;
  intervalMinutes: string;
}) => Promise<ActionResult<{ id: number }>>;

export function AddFeedForm({ addFeed }: { addFeed: AddFeed }) {
  const [state, action, pending] = useActionState<ActionResult<{ id: number }> | null, FormData>(
    async (_prev, form) =>
      addFeed({
        url: fieldText(form, "url"),
        intervalMinutes: fieldText(form, "intervalMinutes"),
      }),
    null,
  );
  const fieldError = (name: string) =>
    state && !state.ok && state.fieldErrors?.[name] ? (
      <p className="field-error">{state.fieldErrors[name].join(" ")}</p>
    ) : null;
  return (
    <form action={action} className="card feed-add" aria-labelledby="add-feed-heading" noValidate>
      <h2 id="add-feed-heading">Add a feed</h2>
      <div className="feed-add-row">
        <div className="field">
          <label htmlFor="feed-address">Feed address</label>
          <input
            id="feed-address"
            name="url"
            type="url"
            placeholder="https://…/feed.xml"
            maxLength={2000}
          />
          {fieldError("url")}
        </div>
        <div className="field">
          <label htmlFor="feed-interval">Read</label>
          <select id="feed-interval" name="intervalMinutes" defaultValue="60">
            {FEED_INTERVALS.map((m) => (
              <option key={m} value={m}>
                {intervalLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Adding…" : "Add feed"}
        </button>
      </div>
      {state && !state.ok && !state.fieldErrors && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p className="form-ok" role="status">
          Feed added; it is read within a minute.
        </p>
      )}
    </form>
  );
}
