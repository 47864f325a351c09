"use client";

import { useCallback, useRef, useState } from "react";
import { attachSource, findSources } from "@/app/(app)/articles/[id]/source-actions";
import type { SourceSearchHit } from "@/db/queries/sources";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSearch } from "@/components/article/use-search";
import { useSubmit } from "@/components/ui/use-submit";
import { SOURCE_TYPE_LABELS, STANCE_LABELS, type Stance } from "@/lib/validation/labels";
import { EMPTY_SOURCE, NewSourceFields, type NewSourceValues } from "./new-source-fields";

/** Attach a library source (search as you type) or a new one created in place, with a stance and a locator. */
export function SourceAttachForm({
  claimId,
  onDone,
}: {
  claimId: number;
  onDone: (message: string | null) => void;
}) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<SourceSearchHit | null>(null);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<NewSourceValues>(EMPTY_SOURCE);
  const [stance, setStance] = useState<Stance>("supports");
  const [locator, setLocator] = useState("");
  const write = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  /** Each step unmounts the control under focus: move it to the next field, never to the page. */
  function focusField(id: string) {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }
  function choose(hit: SourceSearchHit | null) {
    setChosen(hit);
    focusField(hit ? `locator-${claimId}` : `source-search-${claimId}`);
  }
  const search = useCallback((q: string) => findSources({ query: q }), []);
  const { results } = useSearch(query, search);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const common = { claimId, stance, locator };
    void write.run(
      () =>
        attachSource(
          chosen
            ? { ...common, sourceId: chosen.id }
            : creating
              ? { ...common, source: draft }
              : { ...common, sourceId: 0 },
        ),
      {
        form: formRef.current,
        onOk: (data) =>
          onDone(
            data.reusedTitle
              ? `That address was already in the library as “${data.reusedTitle}”; attached it.`
              : null,
          ),
      },
    );
  }

  return (
    <Form
      ref={formRef}
      className="ws-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onDone(null)}
      aria-label="Attach a source"
    >
      {chosen ? (
        <p className="ws-chosen">
          <strong>{chosen.title}</strong>{" "}
          <span className="muted small">{SOURCE_TYPE_LABELS[chosen.type]}</span>{" "}
          <button type="button" className="link" onClick={() => choose(null)}>
            change
          </button>
        </p>
      ) : creating ? (
        <>
          <NewSourceFields values={draft} onChange={setDraft} result={write.result} />
          <button
            type="button"
            className="link"
            onClick={() => {
              setCreating(false);
              focusField(`source-search-${claimId}`);
            }}
          >
            Search the library instead
          </button>
        </>
      ) : (
        <>
          <label htmlFor={`source-search-${claimId}`}>Find a source</label>
          <input
            id={`source-search-${claimId}`}
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Title, publisher or address"
            autoComplete="off"
            data-field="sourceId"
            {...fieldProps(write.result, "sourceId")}
          />
          <FieldError result={write.result} name="sourceId" />
          <ul className="ws-results" aria-label="Matching sources">
            {results.map((s) => (
              <li key={s.id}>
                <button type="button" className="ws-result" onClick={() => choose(s)}>
                  <strong>{s.title}</strong>
                  <span className="muted small">
                    {[s.publisher, SOURCE_TYPE_LABELS[s.type], s.publishedOn]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              setCreating(true);
              setDraft((d) => ({ ...d, title: d.title || query }));
              focusField("new-source-title");
            }}
          >
            New source…
          </button>
        </>
      )}
      <div className="ws-grid">
        <div>
          <label htmlFor={`stance-${claimId}`}>Stance</label>
          <select
            id={`stance-${claimId}`}
            value={stance}
            onChange={(e) => setStance(e.target.value as Stance)}
            data-field="stance"
            {...fieldProps(write.result, "stance")}
          >
            {Object.entries(STANCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError result={write.result} name="stance" />
        </div>
        <div>
          <label htmlFor={`locator-${claimId}`}>Locator</label>
          <input
            id={`locator-${claimId}`}
            value={locator}
            onChange={(e) => setLocator(e.target.value)}
            placeholder="p. 12, table 3, “quoted passage”"
            data-field="locator"
            {...fieldProps(write.result, "locator")}
          />
          <FieldError result={write.result} name="locator" />
        </div>
      </div>
      <FormMessage result={write.result} testId="source-error" />
      <div className="ws-actions">
        <button
          type="submit"
          className="primary"
          disabled={write.pending || (!chosen && !creating)}
        >
          Attach source
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </Form>
  );
}
