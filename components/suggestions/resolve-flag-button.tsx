"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { resolveFlag } from "@/app/(app)/suggestions/actions";

/** Marks a flag as looked at; it is not raised again for the same claims. */
export function ResolveFlagButton({ flagId }: { flagId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className="resolve-flag"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await resolveFlag({ flagId });
            if (!result.ok) setError(result.error);
            else router.refresh();
          })
        }
      >
        Mark as looked at
      </button>
      {error && (
        <span role="alert" className="error">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
