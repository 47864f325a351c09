"use client";

import { useRef, useState } from "react";
import type { ResultView, SummaryView } from "@/lib/import/events";
import {
  ACCEPTED_EXTENSIONS,
  MAX_BATCH_BYTES,
  MAX_FILE_BYTES,
  MAX_FILES,
  megabytes,
} from "@/lib/import/limits";
import { readImportEvents } from "./import-stream";
import { ResultTable } from "./result-table";

type Run = {
  done: number;
  total: number;
  results: ResultView[];
  summary: SummaryView | null;
  error: string | null;
};

/** Checked here for a quick answer; the server checks the same limits again. */
function tooBig(files: File[]): string | null {
  if (files.length > MAX_FILES) return `${files.length} files; at most ${MAX_FILES} a batch.`;
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big)
    return `${big.name} is ${megabytes(big.size)}; the limit is ${megabytes(MAX_FILE_BYTES)} a file.`;
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_BATCH_BYTES)
    return `The files come to ${megabytes(total)}; the limit is ${megabytes(MAX_BATCH_BYTES)} a batch.`;
  return null;
}

export function UploadForm() {
  const input = useRef<HTMLInputElement>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return setError("Choose at least one file.");
    const problem = tooBig(files);
    if (problem) return setError(problem);
    setError(null);
    setBusy(true);
    setRun({ done: 0, total: 0, results: [], summary: null, error: null });
    try {
      const form = new FormData();
      for (const file of files) form.append("files", file);
      const response = await fetch("/api/import", { method: "POST", body: form });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setRun(null);
        return setError(body?.error ?? `The upload failed (HTTP ${response.status}).`);
      }
      for await (const e of readImportEvents(response.body)) {
        if (e.type === "start") setRun((r) => r && { ...r, total: e.total });
        else if (e.type === "progress")
          setRun(
            (r) => r && { ...r, done: e.done, total: e.total, results: [...r.results, e.result] },
          );
        else if (e.type === "done") setRun((r) => r && { ...r, summary: e.summary });
        else setRun((r) => r && { ...r, error: e.error });
      }
    } catch (e) {
      setError(
        `The upload stopped: ${(e as Error).message}. Articles imported before this point are kept.`,
      );
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <>
      <form onSubmit={upload} className="card import-card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload files</h2>
        <p className="muted small">
          {ACCEPTED_EXTENSIONS.join(", ")}: one article per .txt, .md or .html file; batches as
          .json (an array) or .ndjson (one article a line with title, body or html, url, outlet,
          publishedAt). Up to {megabytes(MAX_FILE_BYTES)} a file, {megabytes(MAX_BATCH_BYTES)} and{" "}
          {MAX_FILES} files a batch.
        </p>
        <div className="field">
          <label htmlFor="import-files">Files to import</label>
          <input
            id="import-files"
            ref={input}
            type="file"
            name="files"
            multiple
            accept={ACCEPTED_EXTENSIONS.join(",")}
            disabled={busy}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Importing…" : "Import files"}
        </button>
        {run && (
          <div
            className="import-run"
            data-testid="import-run"
            data-done={run.done}
            data-total={run.total}
          >
            <div className="import-progress">
              <progress
                aria-label="Import progress"
                max={Math.max(run.total, 1)}
                value={run.done}
              />
              <span role="status" aria-live="polite">
                {run.summary
                  ? `Done: ${run.summary.created} imported, ${run.summary.updated} updated, ${run.summary.duplicates} duplicates, ${run.summary.failed} failed.`
                  : `${run.done} of ${run.total || "…"} processed`}
              </span>
            </div>
            {run.error && (
              <p className="form-error" role="alert">
                {run.error}
              </p>
            )}
          </div>
        )}
      </form>
      {run && run.results.length > 0 && (
        <section className="import-results-section" aria-label="Results of this upload">
          <ResultTable results={run.results} caption="Import results" />
        </section>
      )}
    </>
  );
}
