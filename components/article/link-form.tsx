"use client";

import { useCallback, useRef, useState } from "react";
import { findLinkTargets, linkClaims } from "@/app/(app)/articles/[id]/link-actions";
import type { LinkTarget } from "@/db/queries/links";
import { formatNumber } from "@/lib/format";
import { RELATION_LABELS, type LinkRelation } from "@/lib/validation/labels";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSearch } from "./use-search";
import { useSubmit } from "@/components/ui/use-submit";

/** Find a claim in any article by its text, its value or its article's title, and say how the two relate. */
export function LinkForm({ claimId, onDone }: { claimId: number; onDone: () => void }) {
  const [query, setQuery] = useState("");
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const [relation, setRelation] = useState<LinkRelation>("same_figure");
  const write = useSubmit();
  const relationRef = useRef<HTMLSelectElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** Picking a target unmounts the button under focus: the next field is the relation. */
  function choose(next: LinkTarget | null) {
    setTarget(next);
    requestAnimationFrame(() => (next ? relationRef.current : searchRef.current)?.focus());
  }
  const search = useCallback((q: string) => findLinkTargets({ claimId, query: q }), [claimId]);
  const { results } = useSearch(query, search);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    void write.run(() => linkClaims({ fromClaimId: claimId, toClaimId: target.id, relation }), {
      form: event.currentTarget,
      onOk: onDone,
    });
  }
  const prefix = `link-${claimId}-`;

  return (
    <Form
      className="ws-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onDone()}
      aria-label="Link to another claim"
    >
      {target ? (
        <p className="ws-chosen">
          <strong>“{target.quote}”</strong>
          <span className="muted small"> {target.articleTitle}</span>{" "}
          <button
            type="button"
            className="link"
            onClick={() => choose(null)}
            data-field="toClaimId"
            {...fieldProps(write.result, "toClaimId", prefix)}
          >
            change
          </button>
        </p>
      ) : (
        <>
          <label htmlFor={`link-search-${claimId}`}>Find a claim</label>
          <input
            id={`link-search-${claimId}`}
            ref={searchRef}
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Words of the claim, its value, or the article title"
            autoComplete="off"
            data-field="toClaimId"
            {...fieldProps(write.result, "toClaimId", prefix)}
          />
          <ul className="ws-results" aria-label="Matching claims">
            {results.map((c) => (
              <li key={c.id}>
                <button type="button" className="ws-result" onClick={() => choose(c)}>
                  <span>
                    <span className={`dot dot--${c.status}`} aria-hidden /> “{c.quote}”
                  </span>
                  <span className="muted small">
                    {formatNumber(c.value)}
                    {c.unit ? ` ${c.unit}` : ""} · {c.articleTitle}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FieldError result={write.result} name="toClaimId" prefix={prefix} />
      <label htmlFor={`relation-${claimId}`}>Relation</label>
      <select
        id={`relation-${claimId}`}
        ref={relationRef}
        value={relation}
        onChange={(e) => setRelation(e.target.value as LinkRelation)}
        name="relation"
        {...fieldProps(write.result, "relation", prefix)}
      >
        {Object.entries(RELATION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError result={write.result} name="relation" prefix={prefix} />
      <FormMessage result={write.result} testId="link-error" />
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={write.pending || !target}>
          Link claims
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </Form>
  );
}
