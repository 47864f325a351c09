"use client";

import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import type { ActionResult } from "@/lib/action-result";
import { FEED_INTERVALS, intervalLabel } from "@/lib/feeds/intervals";

type AddFeed = (input: Record<string, unknown>) => Promise<ActionResult<{ id: number }>>;

export function AddFeedForm({ addFeed }: { addFeed: AddFeed }) {
  const { submitForm, pending, result } = useSubmit();
  return (
    <Form
      onSubmit={submitForm(addFeed)}
      className="card feed-add"
      aria-labelledby="add-feed-heading"
      noValidate
    >
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
            {...fieldProps(result, "url", "feed-")}
          />
          <FieldError result={result} name="url" prefix="feed-" />
        </div>
        <div className="field">
          <label htmlFor="feed-interval">Read</label>
          <select
            id="feed-interval"
            name="intervalMinutes"
            defaultValue="60"
            {...fieldProps(result, "intervalMinutes", "feed-")}
          >
            {FEED_INTERVALS.map((m) => (
              <option key={m} value={m}>
                {intervalLabel(m)}
              </option>
            ))}
          </select>
          <FieldError result={result} name="intervalMinutes" prefix="feed-" />
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Adding…" : "Add feed"}
        </button>
      </div>
      <FormMessage result={result} success="Feed added; it is read within a minute." />
    </Form>
  );
}
