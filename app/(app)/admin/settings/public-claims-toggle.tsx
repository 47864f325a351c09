"use client";

import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmit } from "@/components/ui/use-submit";
import { setPublicClaims } from "./actions";

export function PublicClaimsToggle({ enabled }: { enabled: boolean }) {
  const [checked, setChecked] = useState(enabled);
  const { run, pending, result } = useSubmit();

  function change(next: boolean) {
    setChecked(next);
    void run(() => setPublicClaims({ enabled: next })).then((outcome) => {
      if (!outcome.ok) setChecked(!next);
    });
  }

  return (
    <>
      <label className="export-toggle">
        <input
          type="checkbox"
          checked={checked}
          disabled={pending}
          onChange={(e) => change(e.target.checked)}
        />
        Anyone with the link can read decided claims
      </label>
      <FormMessage
        result={result}
        success={
          checked
            ? "Decided claims are now public."
            : "Decided claims are now for signed-in users only."
        }
      />
    </>
  );
}
