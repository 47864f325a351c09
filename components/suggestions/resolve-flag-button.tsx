"use client";

import { useRouter } from "next/navigation";
import { resolveFlag } from "@/app/(app)/suggestions/actions";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";

/** Marks a flag as looked at; it is not raised again for the same claims. */
export function ResolveFlagButton({ flagId }: { flagId: number }) {
  const router = useRouter();
  const { run, pending, result } = useSubmit();
  return (
    <>
      <button
        type="button"
        className="resolve-flag"
        disabled={pending}
        onClick={() =>
          void run(
            () => resolveFlag({ flagId }),
            () => router.refresh(),
          )
        }
      >
        Mark as looked at
      </button>
      <FormMessage result={result} />
    </>
  );
}
