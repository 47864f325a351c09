"use client";

import type { ActionResult } from "@/lib/action-result";
import { FieldError, fieldProps } from "@/components/ui/form-message";
import { SOURCE_TYPE_LABELS, type SourceType } from "@/lib/validation/labels";

export interface NewSourceValues {
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
  type: SourceType;
}

export const EMPTY_SOURCE: NewSourceValues = {
  title: "",
  url: "",
  publisher: "",
  publishedOn: "",
  type: "official_report",
};

/** The fields of a new library entry; messages come from the server's zod schema, per field. */
export function NewSourceFields({
  values,
  onChange,
  result,
}: {
  values: NewSourceValues;
  onChange: (v: NewSourceValues) => void;
  /** The last save's outcome: its messages for `source.*` show beside these fields. */
  result: ActionResult<unknown> | null;
}) {
  const field = (key: keyof NewSourceValues) => ({
    id: `new-source-${key}`,
    "data-field": `source.${key}`,
    value: values[key],
    ...fieldProps(result, `source.${key}`, "new-"),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...values, [key]: e.target.value }),
  });
  const error = (key: keyof NewSourceValues) => (
    <FieldError result={result} name={`source.${key}`} prefix="new-" />
  );
  return (
    <fieldset className="ws-fieldset">
      <legend>New source</legend>
      <label htmlFor="new-source-title">Title</label>
      <input {...field("title")} maxLength={300} placeholder="Civilian casualty report, Q4" />
      {error("title")}
      <label htmlFor="new-source-url">URL</label>
      <input
        {...field("url")}
        type="text"
        inputMode="url"
        maxLength={2048}
        placeholder="example.org/report (https:// is added)"
      />
      {error("url")}
      <div className="ws-grid">
        <div>
          <label htmlFor="new-source-publisher">Publisher</label>
          <input {...field("publisher")} maxLength={200} />
          {error("publisher")}
        </div>
        <div>
          <label htmlFor="new-source-publishedOn">Date</label>
          <input {...field("publishedOn")} placeholder="13 Feb 2020" />
          {error("publishedOn")}
        </div>
      </div>
      <label htmlFor="new-source-type">Type</label>
      <select {...field("type")}>
        {Object.entries(SOURCE_TYPE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {error("type")}
    </fieldset>
  );
}
