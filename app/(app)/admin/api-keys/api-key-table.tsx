"use client";

import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import { formatTimestamp } from "@/lib/format";
import { API_KEY_SCOPE_LABELS } from "@/lib/auth/api-keys";
import { revokeApiKey } from "./actions";

type KeyRow = {
  id: number;
  name: string;
  prefix: string;
  owner: string;
  createdBy: string | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  scope: "read" | "write";
  expiresAt: number | null;
};

export function ApiKeyTable({ keys, now }: { keys: KeyRow[]; now: number }) {
  const { run, pending, result } = useSubmit();

  function revoke(key: KeyRow) {
    if (!window.confirm(`Revoke the key “${key.name}”? Anything using it stops working at once.`))
      return;
    void run(() => revokeApiKey({ id: key.id }));
  }

  if (keys.length === 0) return <p className="card muted">No keys yet.</p>;
  return (
    <>
      <FormMessage result={result} />
      <table className="data cards" aria-label="API keys">
        <thead>
          <tr>
            <th>Name</th>
            <th>Key</th>
            <th>Acts as</th>
            <th>May</th>
            <th>Created</th>
            <th>Expires</th>
            <th>Last used</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td data-label="Key">
                <code>{k.prefix}…</code>
              </td>
              <td data-label="Acts as">{k.owner}</td>
              <td data-label="May">{API_KEY_SCOPE_LABELS[k.scope]}</td>
              <td data-label="Created">
                {formatTimestamp(k.createdAt)}
                {k.createdBy && <span className="muted small"> by {k.createdBy}</span>}
              </td>
              <td data-label="Expires">
                {k.expiresAt === null ? (
                  <span className="muted">never (made before expiry)</span>
                ) : (
                  formatTimestamp(k.expiresAt)
                )}
              </td>
              <td data-label="Last used">
                {k.lastUsedAt ? (
                  formatTimestamp(k.lastUsedAt)
                ) : (
                  <span className="muted">never</span>
                )}
              </td>
              <td data-label="State">
                {k.revokedAt ? (
                  <span className="muted">Revoked {formatTimestamp(k.revokedAt)}</span>
                ) : k.expiresAt !== null && k.expiresAt <= now ? (
                  <span className="muted">Expired</span>
                ) : (
                  <button
                    type="button"
                    className="danger"
                    disabled={pending}
                    onClick={() => revoke(k)}
                    aria-label={`Revoke ${k.name}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
