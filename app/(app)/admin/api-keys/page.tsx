import type { Metadata } from "next";
import { getDb } from "@/db";
import { listApiKeys } from "@/db/queries/api-keys";
import { requirePageUser } from "@/app/_lib/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ApiKeyCreateForm } from "./api-key-create-form";
import { ApiKeyTable } from "./api-key-table";
import "@/components/export/export.css";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePageUser("apikey.manage");
  const db = getDb();
  const keys = listApiKeys(db);
  return (
    <>
      <h1>API keys</h1>
      <p className="muted">
        A key acts as the user it belongs to, with that user&apos;s role, and no more than its
        scope: a <strong>read</strong> key may only read; a <strong>read and write</strong> key may
        also import. Every key expires; a key stops working at once if it is revoked or its user is
        disabled. It is shown once, when it is made; Tally keeps only a hash. The endpoints are
        described in docs/api.md in the repository.
      </p>
      <ApiKeyCreateForm />
      <h2 className="export-section-title">Keys</h2>
      <ApiKeyTable
        now={Date.now()}
        keys={keys.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          owner: `${k.userName} (${ROLE_LABELS[k.userRole as keyof typeof ROLE_LABELS] ?? k.userRole})`,
          createdBy: k.createdByName,
          createdAt: k.createdAt,
          lastUsedAt: k.lastUsedAt,
          revokedAt: k.revokedAt,
          scope: k.scope,
          expiresAt: k.expiresAt,
        }))}
      />
    </>
  );
}
