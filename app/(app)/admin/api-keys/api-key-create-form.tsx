"use client";

import { useState } from "react";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { PersonPicker } from "@/components/ui/person-picker";
import { useSubmit } from "@/components/ui/use-submit";
import {
  API_KEY_LIFETIMES_DAYS,
  API_KEY_SCOPE_LABELS,
  DEFAULT_API_KEY_LIFETIME_DAYS,
} from "@/lib/auth/api-keys";
import { formatTimestamp } from "@/lib/format";
import { createApiKey } from "./actions";

export function ApiKeyCreateForm() {
  const [name, setName] = useState("");
  const [userId, setUserId] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const [days, setDays] = useState(String(DEFAULT_API_KEY_LIFETIME_DAYS));
  const [created, setCreated] = useState<{ key: string; name: string; expiresAt: number } | null>(
    null,
  );
  const { run, pending, result } = useSubmit();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(
      () =>
        createApiKey({
          name,
          userId: userId === "" ? undefined : Number(userId),
          scope,
          expiresInDays: Number(days),
        }),
      {
        form,
        onOk: (data) => {
          setCreated({ key: data.key, name: data.name, expiresAt: data.expiresAt });
          setName("");
        },
      },
    );
  }

  return (
    <Form className="card export-form" onSubmit={submit} noValidate aria-label="New API key">
      <h2>New key</h2>
      <FormMessage result={result} />
      {created && (
        <div className="form-ok" role="status">
          <p>
            Key <strong>{created.name}</strong> created; it works until{" "}
            {formatTimestamp(created.expiresAt)}. Copy it now: it will not be shown again.
          </p>
          <input
            aria-label="New API key value"
            readOnly
            value={created.key}
            className="api-key-value"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <div className="export-form-row">
        <div className="field">
          <label htmlFor="api-key-name">Name</label>
          <input
            id="api-key-name"
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            placeholder="e.g. CMS sync"
            {...fieldProps(result, "name")}
          />
          <FieldError result={result} name="name" />
        </div>
        <div className="field">
          <label htmlFor="api-key-user">Acts as</label>
          <PersonPicker
            id="api-key-user"
            name="userId"
            placeholder="Type a name or email…"
            onChange={setUserId}
            invalid={!!fieldProps(result, "userId")["aria-invalid"]}
            describedBy={fieldProps(result, "userId")["aria-describedby"]}
          />
          <FieldError result={result} name="userId" />
        </div>
        <div className="field">
          <label htmlFor="api-key-scope">May</label>
          <select
            id="api-key-scope"
            name="scope"
            value={scope}
            onChange={(e) => setScope(e.target.value === "write" ? "write" : "read")}
            {...fieldProps(result, "scope")}
          >
            <option value="read">{API_KEY_SCOPE_LABELS.read}</option>
            <option value="write">{API_KEY_SCOPE_LABELS.write}</option>
          </select>
          <FieldError result={result} name="scope" />
        </div>
        <div className="field">
          <label htmlFor="api-key-lifetime">Expires after</label>
          <select
            id="api-key-lifetime"
            name="expiresInDays"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            {...fieldProps(result, "expiresInDays")}
          >
            {API_KEY_LIFETIMES_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 365 ? "1 year" : `${d} days`}
              </option>
            ))}
          </select>
          <FieldError result={result} name="expiresInDays" />
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </button>
      </div>
    </Form>
  );
}
