"use client";

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
  errors,
}: {
  values: NewSourceValues;
  onChange: (v: NewSourceValues) => void;
  errors: Record<string, string[]>;
}) {
  const field = (key: keyof NewSourceValues) => ({
    id: `new-source-${key}`,
    "data-field": `source.${key}`,
    value: values[key],
    "aria-invalid": errors[`source.${key}`] ? true : undefined,
    "aria-describedby": errors[`source.${key}`] ? `new-source-${key}-error` : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...values, [key]: e.target.value }),
  });
  const error = (key: keyof NewSourceValues) =>
    errors[`source.${key}`] ? (
      <p className="field-error" id={`new-source-${key}-error`}>
        {errors[`source.${key}`]![0]}
      </p>
    ) : null;
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
    </fieldset>
  );
}
