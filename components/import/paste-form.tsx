"use client";

import { useState } from "react";
import Link from "next/link";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import type { ActionResult } from "@/lib/action-result";
import type { ResultView } from "@/lib/import/events";
import { MAX_PASTE_CHARS } from "@/lib/import/limits";
import { RemovedPieces } from "./removed-pieces";

type PasteAction = (input: Record<string, string>) => Promise<ActionResult<ResultView>>;

const tooLong = (length: number) =>
  `The pasted text is too long: ${length.toLocaleString("en-US")} characters, and at most ${MAX_PASTE_CHARS.toLocaleString("en-US")} can be pasted. Upload it as a file instead, or paste a shorter part.`;

/** Paste one article; the action gets one plain object, like every server action here. What was typed
 * stays in the form until the import succeeds. */
export function PasteForm({ pasteArticle }: { pasteArticle: PasteAction }) {
  const { run, clear, pending, result: state } = useSubmit();
  const [tooLongMessage, setTooLongMessage] = useState<string | null>(null);
  const [length, setLength] = useState(0);
  const result = state?.ok ? (state.data as ResultView) : null;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input: Record<string, string> = {};
    for (const [key, value] of new FormData(form).entries())
      if (typeof value === "string" && value.trim()) input[key] = value;
    // Too long is said here, before a request the server would refuse, and the text stays in the form.
    const body = input.body ?? "";
    if (body.length > MAX_PASTE_CHARS) {
      clear();
      setTooLongMessage(tooLong(body.length));
      return;
    }
    setTooLongMessage(null);
    void run(() => pasteArticle(input), {
      form,
      onOk: () => {
        form.reset();
        setLength(0);
      },
    });
  }

  return (
    <Form onSubmit={submit} className="card import-card" aria-labelledby="paste-heading" noValidate>
      <h2 id="paste-heading">Paste an article</h2>
      <div className="import-grid">
        <div className="field">
          <label htmlFor="paste-title">Title</label>
          <input
            id="paste-title"
            name="title"
            {...fieldProps(state, "title", "paste-")}
            placeholder="First line if empty"
            maxLength={500}
          />
          <FieldError result={state} name="title" prefix="paste-" />
        </div>
        <div className="field">
          <label htmlFor="paste-outlet">Outlet</label>
          <input id="paste-outlet" name="outlet" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="paste-url">URL</label>
          <input
            id="paste-url"
            name="url"
            {...fieldProps(state, "url", "paste-")}
            type="url"
            placeholder="https://…"
            maxLength={2000}
          />
          <FieldError result={state} name="url" prefix="paste-" />
        </div>
        <div className="field">
          <label htmlFor="paste-published">Published</label>
          <input id="paste-published" name="publishedAt" placeholder="2020-02-14" maxLength={100} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="paste-body">Article text</label>
        <textarea
          id="paste-body"
          name="body"
          rows={10}
          required
          onChange={(e) => setLength(e.target.value.length)}
          aria-invalid={length > MAX_PASTE_CHARS || undefined}
          aria-describedby="paste-body-hint paste-body-count"
        />
        <p className="muted small" id="paste-body-hint">
          Comment forms, captchas, share buttons and similar page furniture are removed; the rest is
          kept exactly.
        </p>
        <p
          id="paste-body-count"
          data-testid="paste-count"
          className={length > MAX_PASTE_CHARS ? "field-error" : "muted small"}
        >
          {length.toLocaleString("en-US")} of {MAX_PASTE_CHARS.toLocaleString("en-US")} characters
          {length > MAX_PASTE_CHARS && " — too long to paste; upload it as a file instead"}
        </p>
        <FieldError result={state} name="body" prefix="paste-" />
      </div>
      <FormMessage result={state} message={tooLongMessage} />
      {result && (
        <div className="form-ok" role="status">
          {result.status === "duplicate"
            ? "Already imported: "
            : result.status === "updated"
              ? "Updated: "
              : "Imported: "}
          <Link href={`/articles/${result.articleId}`}>{result.title}</Link>
          {result.status !== "duplicate" &&
            ` with ${result.claimCount} ${result.claimCount === 1 ? "claim" : "claims"}.`}
          <div>
            <RemovedPieces removed={result.removed} />
          </div>
        </div>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Importing…" : "Import article"}
      </button>
    </Form>
  );
}
