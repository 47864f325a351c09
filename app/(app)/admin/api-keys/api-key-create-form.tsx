"use client";

import { useState, useTransition } from "react";
import {
  API_KEY_LIFETIMES_DAYS,
  API_KEY_SCOPE_LABELS,
  DEFAULT_API_KEY_LIFETIME_DAYS,
} from "@/lib/auth/api-keys";
import { formatTimestamp } from "@/lib/format";
import { createApiKey } from "./actions";

type Owner = { id: number; label: string };

export function ApiKeyCreateForm({ owners }: { owners: Owner[] }) {
  const [name, setName] = useState("");
  const [userId, setUserId] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const [days, setDays] = useState(String(DEFAULT_API_KEY_LIFETIME_DAYS));
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(
    null,
  );
  const [created, setCreated] = useState<{ key: string; name: string; expiresAt: number } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createApiKey({
        name,
        userId: userId === "" ? undefined : Number(userId),
        scope,
        expiresInDays: Number(days),
      });
      if (result.ok) {
        setCreated({
          key: result.data.key,
          name: result.data.name,
          expiresAt: result.data.expiresAt,
        });
        setError(null);
        setName("");
      } else {
        setError({ message: result.error, fields: result.fieldErrors });
      }
    });
  }

  return (
    <form className="card export-form" onSubmit={submit} noValidate aria-label="New API key">
      <h2>New key</h2>
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
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
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            placeholder="e.g. CMS sync"
            aria-invalid={Boolean(error?.fields?.name)}
          />
          {error?.fields?.name && <p className="field-error">{error.fields.name[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="api-key-user">Acts as</label>
          <select
            id="api-key-user"
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            aria-invalid={Boolean(error?.fields?.userId)}
          >
            <option value="">Choose a user…</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {error?.fields?.userId && <p className="field-error">{error.fields.userId[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="api-key-scope">May</label>
          <select
            id="api-key-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value === "write" ? "write" : "read")}
            aria-invalid={Boolean(error?.fields?.scope)}
          >
            <option value="read">{API_KEY_SCOPE_LABELS.read}</option>
            <option value="write">{API_KEY_SCOPE_LABELS.write}</option>
          </select>
          {error?.fields?.scope && <p className="field-error">{error.fields.scope[0]}</p>}
        </div>
        <div className="field">
          <label htmlFor="api-key-lifetime">Expires after</label>
          <select
            id="api-key-lifetime"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-invalid={Boolean(error?.fields?.expiresInDays)}
          >
            {API_KEY_LIFETIMES_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 365 ? "1 year" : `${d} days`}
              </option>
            ))}
          </select>
          {error?.fields?.expiresInDays && (
            <p className="field-error">{error.fields.expiresInDays[0]}</p>
          )}
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </button>
      </div>
    </form>
  );
}
