"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action-result";

/** Submits a form to a server action that takes one plain object (the form's fields plus `extra`).
 * Unlike a bare `<form action>`, the fields keep what the user typed when the server refuses it,
 * and are cleared only after a success. Keeps the last result for messages shown in place. */
export function useFormAction<T>(
  action: (input: Record<string, unknown>) => Promise<ActionResult<T>>,
  extra: Record<string, unknown> = {},
) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { ...Object.fromEntries(new FormData(form)), ...extra };
    startTransition(async () => {
      const outcome = await action(input);
      setResult(outcome);
      if (outcome.ok) form.reset();
    });
  }
  return [result, onSubmit, pending] as const;
}
