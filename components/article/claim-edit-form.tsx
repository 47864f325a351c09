"use client";

import { useRef, useState } from "react";
import { editClaim } from "@/app/(app)/articles/[id]/claim-actions";
import { QUALIFIER_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import { useConflictReporter } from "./workspace-context";

const QUALIFIER_OPTIONS = Object.entries(QUALIFIER_LABELS);
const NUMBER_FIELDS = ["value", "low", "high"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const NOT_A_NUMBER = "Enter a number, such as 1370 or 2.5 (or leave it empty).";

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
  /** Numbers the browser could not read, said beside their fields before anything is sent. */
  const [localErrors, setLocalErrors] = useState<Partial<Record<NumberField, string>>>({});
  const write = useSubmit(useConflictReporter(claim.id));
  const formRef = useRef<HTMLFormElement>(null);
  const set =
    (key: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setFields((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = toNumber(fields.value);
    const low = toNumber(fields.low);
    const high = toNumber(fields.high);
    const bad = Object.fromEntries(
      NUMBER_FIELDS.filter((k) => toNumber(fields[k]) === "bad").map((k) => [k, NOT_A_NUMBER]),
    );
    setLocalErrors(bad);
    if (value === "bad" || low === "bad" || high === "bad") {
      write.clear();
      const first = NUMBER_FIELDS.find((k) => bad[k]);
      requestAnimationFrame(() => document.getElementById(id(first ?? "value"))?.focus());
      return;
    }
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
      { form: formRef.current, onOk: onDone },
    );
  }

  const id = (name: string) => `edit-${name}-${claim.id}`;
  const prefix = `edit-${claim.id}-`;
  /** Name, id, invalid state and description of one field; its message is a FieldError beside it. */
  const props = (name: keyof typeof fields) => ({
    id: id(name),
    name,
    value: fields[name],
    onChange: set(name),
    ...fieldProps(write.result, name, prefix, localErrors[name as NumberField]),
  });
  const error = (name: keyof typeof fields) => (
    <FieldError
      result={write.result}
      name={name}
      prefix={prefix}
      message={localErrors[name as NumberField]}
    />
  );
  return (
    <Form
      ref={formRef}
      className="ws-form ws-edit"
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onDone()}
      aria-label="Correct the detection"
      noValidate
    >
      <div className="ws-grid">
        <div>
          <label htmlFor={id("value")}>Value</label>
          <input {...props("value")} autoFocus inputMode="decimal" />
          {error("value")}
        </div>
        <div>
          <label htmlFor={id("qualifier")}>Qualifier</label>
          <select {...props("qualifier")}>
            {QUALIFIER_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {error("qualifier")}
        </div>
        <div>
          <label htmlFor={id("low")}>Range low</label>
          <input {...props("low")} inputMode="decimal" />
          {error("low")}
        </div>
        <div>
          <label htmlFor={id("high")}>Range high</label>
          <input {...props("high")} inputMode="decimal" />
          {error("high")}
        </div>
      </div>
      <label htmlFor={id("unit")}>Unit</label>
      <input {...props("unit")} placeholder="%, km, USD…" />
      {error("unit")}
      <label htmlFor={id("counted")}>What is counted</label>
      <input {...props("counted")} placeholder="civilians killed" />
      {error("counted")}
      <label htmlFor={id("period")}>Time scope</label>
      <input {...props("period")} placeholder="since 2014" />
      {error("period")}
      <FormMessage result={write.result} testId="edit-error" />
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          Save correction
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </Form>
  );
}
