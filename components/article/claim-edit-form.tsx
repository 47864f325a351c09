"use client";

import { useRef, useState } from "react";
import { editClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { QUALIFIER_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import { useConflictReporter } from "./workspace-context";

const QUALIFIER_OPTIONS = Object.entries(QUALIFIER_LABELS);

function toNumber(raw: string): number | null | "bad" {
  const cleaned = raw.replace(/[,\s]/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : "bad";
}

/** Corrects what the detector read. Keeps the typed values if the save is refused. */
export function ClaimEditForm({ claim, onDone }: { claim: ClaimSummary; onDone: () => void }) {
  const [fields, setFields] = useState({
    value: claim.value?.toString() ?? "",
    low: claim.low?.toString() ?? "",
    high: claim.high?.toString() ?? "",
    unit: claim.unit ?? "",
    counted: claim.counted ?? "",
    qualifier: claim.qualifier,
    period: claim.period ?? "",
  });
  const [localError, setLocalError] = useState<string | null>(null);
  const write = useSubmit(useConflictReporter(claim.id));
  const firstRef = useRef<HTMLInputElement>(null);
  const set =
    (key: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setFields((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = toNumber(fields.value);
    const low = toNumber(fields.low);
    const high = toNumber(fields.high);
    if (value === "bad" || low === "bad" || high === "bad") {
      setLocalError("Value, low and high must be numbers (e.g. 1370 or 2.5).");
      return;
    }
    setLocalError(null);
    void write.run(
      () =>
        editClaim({
          claimId: claim.id,
          version: claim.version,
          value,
          low,
          high,
          unit: fields.unit,
          counted: fields.counted,
          qualifier: fields.qualifier,
          period: fields.period,
        }),
      onDone,
    );
  }

  const id = (name: string) => `edit-${name}-${claim.id}`;
  return (
    <form
      className="ws-form ws-edit"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onDone()}
      aria-label="Correct the detection"
    >
      <div className="ws-grid">
        <div>
          <label htmlFor={id("value")}>Value</label>
          <input
            id={id("value")}
            ref={firstRef}
            autoFocus
            inputMode="decimal"
            value={fields.value}
            onChange={set("value")}
          />
        </div>
        <div>
          <label htmlFor={id("qualifier")}>Qualifier</label>
          <select id={id("qualifier")} value={fields.qualifier} onChange={set("qualifier")}>
            {QUALIFIER_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("low")}>Range low</label>
          <input id={id("low")} inputMode="decimal" value={fields.low} onChange={set("low")} />
        </div>
        <div>
          <label htmlFor={id("high")}>Range high</label>
          <input id={id("high")} inputMode="decimal" value={fields.high} onChange={set("high")} />
        </div>
      </div>
      <label htmlFor={id("unit")}>Unit</label>
      <input id={id("unit")} value={fields.unit} onChange={set("unit")} placeholder="%, km, USD…" />
      <label htmlFor={id("counted")}>What is counted</label>
      <input
        id={id("counted")}
        value={fields.counted}
        onChange={set("counted")}
        placeholder="civilians killed"
      />
      <label htmlFor={id("period")}>Time scope</label>
      <input
        id={id("period")}
        value={fields.period}
        onChange={set("period")}
        placeholder="since 2014"
      />
      <FormMessage message={localError} result={write.result} testId="edit-error" />
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          Save correction
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
