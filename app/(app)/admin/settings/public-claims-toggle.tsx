"use client";

import { useState, useTransition } from "react";
import { setPublicClaims } from "./actions";

export function PublicClaimsToggle({ enabled }: { enabled: boolean }) {
  const [checked, setChecked] = useState(enabled);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setChecked(next);
    startTransition(async () => {
      const result = await setPublicClaims({ enabled: next });
      if (result.ok)
        setMessage({
          ok: true,
          text: next
            ? "Decided claims are now public."
            : "Decided claims are now for signed-in users only.",
        });
      else {
        setChecked(!next);
        setMessage({ ok: false, text: result.error });
      }
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
      {message && (
        <p className={message.ok ? "form-ok" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </>
  );
}
