"use client";

import { useCallback, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

const UNREACHABLE: Failure = {
  ok: false,
  status: 400,
  error: "The server could not be reached or could not read that; nothing was saved. Try again.",
};

export interface SubmitOptions {
  /** A version conflict with the newer state: return true when someone else shows it (the claim panel). */
  onConflict?: (failure: Failure) => boolean;
}

/**
 * The one client submit hook. Runs a server action, keeps its result for the messages shown in place,
 * and never loses what was typed: fields are the caller's state (or the form's), cleared only on success.
 * On a refusal, focus moves to the first invalid field of `form` (matched by name or `data-field`), or to
 * the form's message, so the keyboard lands where the fix is. A thrown action (network, a body over the
 * size limit) becomes a plain message instead of an error page.
 */
export function useSubmit(options: SubmitOptions = {}) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const run = useCallback(
    <T>(
      call: () => Promise<ActionResult<T>>,
      after?: ((data: T) => void) | { onOk?: (data: T) => void; form?: HTMLElement | null },
    ) =>
      new Promise<ActionResult<T>>((resolve) => {
        const then = typeof after === "function" ? { onOk: after } : after;
        startTransition(async () => {
          let outcome: ActionResult<T>;
          try {
            outcome = await call();
            if (!outcome || typeof outcome !== "object") outcome = UNREACHABLE;
          } catch {
            outcome = UNREACHABLE;
          }
          if (outcome.ok) {
            setResult(outcome);
            then?.onOk?.(outcome.data);
          } else if (
            outcome.status === 409 &&
            outcome.current !== undefined &&
            latest.current.onConflict?.(outcome)
          ) {
            setResult(null);
          } else {
            setResult(outcome);
            const form = then?.form;
            if (form) requestAnimationFrame(() => focusFirstInvalid(form, outcome));
          }
          resolve(outcome);
        });
      }),
    [],
  );

  /** Submits a form's fields (plus `extra`) as one plain object; the form is reset only after a success. */
  const submitForm = useCallback(
    <T>(
      action: (input: Record<string, unknown>) => Promise<ActionResult<T>>,
      extra: Record<string, unknown> = {},
      onOk?: (data: T) => void,
    ) =>
      (event: React.FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const form = event.currentTarget;
        const input = { ...Object.fromEntries(new FormData(form)), ...extra };
        void run(() => action(input), {
          form,
          onOk: (data) => {
            form.reset();
            onOk?.(data);
          },
        });
      },
    [run],
  );

  const clear = useCallback(() => setResult(null), []);
  const failure = result && !result.ok ? result : null;
  return {
    run,
    submitForm,
    clear,
    pending,
    result,
    error: failure?.error ?? null,
    fieldErrors: failure?.fieldErrors ?? {},
  };
}

function focusFirstInvalid(form: HTMLElement, failure: Failure) {
  for (const key of Object.keys(failure.fieldErrors ?? {})) {
    const name = CSS.escape(key);
    const field = form.querySelector<HTMLElement>(`[name="${name}"], [data-field="${name}"]`);
    if (field) {
      field.focus();
      return;
    }
  }
  form.querySelector<HTMLElement>(".form-error")?.focus();
}
