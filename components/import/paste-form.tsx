"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { fail, type ActionResult } from "@/lib/action-result";
import type { ResultView } from "@/lib/import/events";
import { MAX_PASTE_CHARS } from "@/lib/import/limits";
import { RemovedPieces } from "./removed-pieces";

type PasteAction = (input: Record<string, string>) => Promise<ActionResult<ResultView>>;

/** The action's answer, plus what was typed when it failed: React resets a form after its action, and the
 * fields come back from these values, so a rejected paste is never lost. */
type PasteState = {
  result: ActionResult<ResultView>;
  values: Record<string, string> | null;
} | null;

/** The fields that show their own message beside them, in the order focus looks for the first invalid. */
const FIELDS = ["title", "outlet", "url", "publishedAt", "body"] as const;

const messagesOf = (state: ActionResult<ResultView> | null, name: string) =>
  state && !state.ok ? state.fieldErrors?.[name] : undefined;

/** Ties a field to its message beside it (aria-invalid, aria-describedby). */
function invalidProps(state: ActionResult<ResultView> | null, name: string, describedBy?: string) {
  const invalid = Boolean(messagesOf(state, name));
  const ids = [describedBy, invalid ? `paste-${name}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids || undefined };
}

function FieldError({ state, name }: { state: ActionResult<ResultView> | null; name: string }) {
  const messages = messagesOf(state, name);
  return messages ? (
    <p className="field-error" id={`paste-${name}-error`} role="alert">
      {messages.join(" ")}
    </p>
  ) : null;
}

function tooLong(length: number): ActionResult<ResultView> {
  return fail(
    413,
    `The pasted text is too long: ${length.toLocaleString("en-US")} characters, and at most ${MAX_PASTE_CHARS.toLocaleString("en-US")} can be pasted. Upload it as a file instead, or paste a shorter part.`,
  );
}

const serverFailed = fail(
  422,
  "The server did not answer the import. Your text is still here: try again in a moment.",
);

/** Paste one article; the action gets one plain object, like every server action here. */
export function PasteForm({ pasteArticle }: { pasteArticle: PasteAction }) {
  const [pasted, action, pending] = useActionState<PasteState, FormData>(async (_prev, form) => {
    const input: Record<string, string> = {};
    for (const [key, value] of form.entries())
      if (typeof value === "string" && value.trim()) input[key] = value;
    // Too long is said here, before a request the server would refuse, and the text stays in the form.
    if ((input.body?.length ?? 0) > MAX_PASTE_CHARS)
      return { result: tooLong(input.body!.length), values: input };
    try {
      const result = await pasteArticle(input);
      return { result, values: result.ok ? null : input };
    } catch {
      // The request itself failed (connection, a proxy's size limit, a server error): answer in place.
      return { result: serverFailed, values: input };
    }
  }, null);
  const [length, setLength] = useState(0);
  const state = pasted?.result ?? null;
  const kept = pasted?.values ?? {};
  const result = state?.ok ? state.data : null;
  // Each error is said once: beside its field when it has one, else in the form's message.
  const banner =
    state && !state.ok && !FIELDS.some((f) => messagesOf(state, f)) ? state.error : null;
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, focus goes where the fix is: the first invalid field, else the message.
  useEffect(() => {
    if (!state || state.ok) return;
    const form = formRef.current;
    const first = FIELDS.find((f) => messagesOf(state, f));
    const target = first
      ? form?.querySelector<HTMLElement>(`[name="${first}"]`)
      : form?.querySelector<HTMLElement>(".form-error");
    target?.focus();
  }, [state]);

  return (
    <form
      ref={formRef}
      action={action}
      className="card import-card"
      aria-labelledby="paste-heading"
      noValidate
    >
      <h2 id="paste-heading">Paste an article</h2>
      <div className="import-grid">
        <div className="field">
          <label htmlFor="paste-title">Title</label>
          <input
            id="paste-title"
            name="title"
            defaultValue={kept.title}
            placeholder="First line if empty"
            maxLength={500}
            {...invalidProps(state, "title")}
          />
          <FieldError state={state} name="title" />
        </div>
        <div className="field">
          <label htmlFor="paste-outlet">Outlet</label>
          <input
            id="paste-outlet"
            name="outlet"
            defaultValue={kept.outlet}
            maxLength={200}
            {...invalidProps(state, "outlet")}
          />
          <FieldError state={state} name="outlet" />
        </div>
        <div className="field">
          <label htmlFor="paste-url">URL</label>
          <input
            id="paste-url"
            name="url"
            defaultValue={kept.url}
            type="url"
            placeholder="https://…"
            maxLength={2000}
            {...invalidProps(state, "url")}
          />
          <FieldError state={state} name="url" />
        </div>
        <div className="field">
          <label htmlFor="paste-published">Published</label>
          <input
            id="paste-published"
            name="publishedAt"
            defaultValue={kept.publishedAt}
            placeholder="2020-02-14"
            maxLength={100}
            {...invalidProps(state, "publishedAt")}
          />
          <FieldError state={state} name="publishedAt" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="paste-body">Article text</label>
        <textarea
          id="paste-body"
          name="body"
          defaultValue={kept.body}
          rows={10}
          required
          onChange={(e) => setLength(e.target.value.length)}
          {...invalidProps(state, "body", "paste-body-hint paste-body-count")}
          aria-invalid={length > MAX_PASTE_CHARS || Boolean(messagesOf(state, "body")) || undefined}
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
        <FieldError state={state} name="body" />
      </div>
      {banner && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {banner}
        </p>
      )}
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
    </form>
  );
}
