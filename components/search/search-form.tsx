import type { ReactNode } from "react";
import { CLAIM_STATUSES, VERDICTS } from "@/lib/domain";
import { CLAIM_KINDS } from "@/lib/claims/types";
import { STATUS_LABELS } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/validation/labels";

export type SearchFormValues = Partial<Record<string, string>>;

function Choice({
  id,
  label,
  value,
  options,
  any,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  any: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`s-${id}`}>{label}</label>
      <select id={`s-${id}`} name={id} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: a search lives in the address, so it can be bookmarked, shared and reloaded.
 * The box spans the top, the filters sit beside the results (the children). */
export function SearchForm({
  values,
  outlets,
  children,
}: {
  values: SearchFormValues;
  outlets: string[];
  children: ReactNode;
}) {
  return (
    <form method="get" action="/search" role="search" aria-label="Search claims">
      <div className="search-box">
        <input
          id="search-q"
          name="q"
          type="search"
          aria-label="Search words"
          placeholder="Words in articles, claims, notes, sources…  (press / to come back here)"
          defaultValue={values.q ?? ""}
          autoFocus={!values.q}
          maxLength={300}
        />
        <button type="submit" className="primary">
          Search
        </button>
      </div>
      <div className="search-layout">
        <aside className="search-filters" aria-label="Filters">
          <div className="field">
            <span className="label">Value between</span>
            <div className="search-range">
              <input
                name="min"
                aria-label="Lowest value"
                inputMode="decimal"
                placeholder="min"
                defaultValue={values.min ?? ""}
              />
              <span aria-hidden>–</span>
              <input
                name="max"
                aria-label="Highest value"
                inputMode="decimal"
                placeholder="max"
                defaultValue={values.max ?? ""}
              />
            </div>
          </div>
          <Choice
            id="kind"
            label="Kind"
            value={values.kind}
            any="Any kind"
            options={CLAIM_KINDS.map((k) => [k, k] as const)}
          />
          <div className="field">
            <label htmlFor="s-unit">Unit</label>
            <input
              id="s-unit"
              name="unit"
              placeholder="%, km, days…"
              defaultValue={values.unit ?? ""}
            />
          </div>
          <Choice
            id="status"
            label="Status"
            value={values.status}
            any="Any status"
            options={CLAIM_STATUSES.map((s) => [s, STATUS_LABELS[s] ?? s] as const)}
          />
          <Choice
            id="verdict"
            label="Verdict"
            value={values.verdict}
            any="Any verdict"
            options={VERDICTS.map((v) => [v, VERDICT_LABELS[v] ?? v] as const)}
          />
          <div className="field">
            <label htmlFor="s-outlet">Outlet</label>
            <input
              id="s-outlet"
              name="outlet"
              list="s-outlets"
              placeholder="Any outlet"
              defaultValue={values.outlet ?? ""}
            />
            <datalist id="s-outlets">
              {outlets.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor="s-source">Cites source (id)</label>
            <input
              id="s-source"
              name="source"
              inputMode="numeric"
              placeholder="Any source"
              defaultValue={values.source ?? ""}
            />
          </div>
          <div className="field">
            <label htmlFor="s-from">Published from</label>
            <input id="s-from" name="from" type="date" defaultValue={values.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="s-to">Published until</label>
            <input id="s-to" name="to" type="date" defaultValue={values.to ?? ""} />
          </div>
          <button type="submit">Apply filters</button>
        </aside>
        {children}
      </div>
    </form>
  );
}
