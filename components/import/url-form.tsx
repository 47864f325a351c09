"use client";

import { useState } from "react";
import Link from "next/link";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import type { ActionResult } from "@/lib/action-result";
import type { ResultView } from "@/lib/import/events";
import type { UrlPreview } from "@/lib/import/url-preview";
import { RemovedPieces } from "./removed-pieces";

type ReadAction = (input: { url: string }) => Promise<ActionResult<UrlPreview>>;
type ImportAction = (input: Record<string, string>) => Promise<ActionResult<ResultView>>;

/** Import by URL in two steps: the server fetches and reads the page, then the admin checks (and
 * corrects) the title, outlet, date and address it found before the article is saved. */
export function UrlForm({
  readArticleUrl,
  importReadPage,
}: {
  readArticleUrl: ReadAction;
  importReadPage: ImportAction;
}) {
  const [address, setAddress] = useState("");
  const { run, pending: reading, result: read } = useSubmit();
  const preview = read?.ok ? (read.data as UrlPreview) : null;
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() => readArticleUrl({ url: address }), { form: event.currentTarget });
  }
  return (
    <section className="card import-card" aria-labelledby="url-heading">
      <h2 id="url-heading">Import from the web</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="fetch-address">Web address</label>
          <div className="import-url-row">
            <input
              id="fetch-address"
              name="url"
              type="url"
              inputMode="url"
              placeholder="https://…"
              maxLength={2000}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              aria-describedby="fetch-address-hint"
            />
            <button type="submit" disabled={reading}>
              {reading ? "Reading…" : "Read page"}
            </button>
          </div>
          <p className="muted small" id="fetch-address-hint">
            Tally fetches the page itself (public addresses only, up to 5 MB, 15 seconds) and reads
            its title, outlet and date before anything is saved.
          </p>
        </div>
        <FormMessage result={read} />
      </form>
      {preview && (
        <PreviewForm key={preview.pageId} preview={preview} importReadPage={importReadPage} />
      )}
    </section>
  );
}

function PreviewForm({
  preview,
  importReadPage,
}: {
  preview: UrlPreview;
  importReadPage: ImportAction;
}) {
  const { run, pending, result: state } = useSubmit();
  const result = state?.ok ? (state.data as ResultView) : null;
  const meta = preview.metadata;
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input: Record<string, string> = {};
    for (const [key, value] of new FormData(form).entries())
      if (typeof value === "string" && value.trim()) input[key] = value.trim();
    void run(() => importReadPage(input), { form });
  }
  return (
    <Form
      onSubmit={submit}
      className="import-preview"
      aria-label="Page read from the web"
      noValidate
    >
      <p className="muted small">
        Read {preview.words.toLocaleString("en-US")} words in {preview.paragraphs} paragraphs from{" "}
        <span className="import-label">{preview.finalUrl}</span>
        {meta.author && <> · by {meta.author}</>}. Correct anything the page got wrong:
      </p>
      <input type="hidden" name="pageId" value={preview.pageId} />
      <div className="import-grid">
        <div className="field">
          <label htmlFor="read-title">Headline</label>
          <input
            id="read-title"
            name="title"
            defaultValue={meta.title ?? ""}
            maxLength={500}
            {...fieldProps(state, "title", "read-")}
          />
          <FieldError result={state} name="title" prefix="read-" />
        </div>
        <div className="field">
          <label htmlFor="read-outlet">Publisher</label>
          <input
            id="read-outlet"
            name="outlet"
            defaultValue={meta.outlet ?? ""}
            maxLength={200}
            {...fieldProps(state, "outlet", "read-")}
          />
          <FieldError result={state} name="outlet" prefix="read-" />
        </div>
        <div className="field">
          <label htmlFor="read-date">Publication date</label>
          <input
            id="read-date"
            name="publishedAt"
            defaultValue={meta.publishedAt ?? ""}
            placeholder="not stated on the page"
            maxLength={100}
            {...fieldProps(state, "publishedAt", "read-")}
          />
          <FieldError result={state} name="publishedAt" prefix="read-" />
        </div>
        <div className="field">
          <label htmlFor="read-address">Canonical address</label>
          <input
            id="read-address"
            name="url"
            type="url"
            defaultValue={preview.url}
            maxLength={2000}
            {...fieldProps(state, "url", "read-")}
          />
          <FieldError result={state} name="url" prefix="read-" />
        </div>
      </div>
      <blockquote className="import-excerpt">{preview.excerpt}…</blockquote>
      <FormMessage result={state} />
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
      {!result && (
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Importing…" : "Import this page"}
        </button>
      )}
    </Form>
  );
}
