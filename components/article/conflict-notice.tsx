"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** Someone saved this claim first: say what they changed, keep the user's typing, offer the latest state. */
export function ConflictNotice({ message, onLoaded }: { message: string; onLoaded: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="ws-conflict" role="alert" data-testid="conflict-notice">
      <p>{message}</p>
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() =>
          startTransition(() => {
            router.refresh();
            onLoaded();
          })
        }
      >
        Load the latest version
      </button>
    </div>
  );
}
