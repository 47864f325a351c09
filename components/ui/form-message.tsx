"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Outcome = ActionResult<unknown> | null | undefined;

/** The fields of one form that show their own message (each FieldError registers itself on mount). */
interface FieldsShown {
  names: ReadonlyMap<string, number>;
  register: (name: string) => () => void;
}

const FieldsShownContext = createContext<FieldsShown | null>(null);

/**
 * The scope of one form's messages: every FieldError inside registers its field here, and the
 * FormMessage inside reads them, so a failure already said beside its field is never said again.
 * A form needs no list of its fields to keep in step: rendering a FieldError is the whole declaration.
 */
export function FieldErrorScope({ children }: { children: React.ReactNode }) {
  const [names, setNames] = useState<ReadonlyMap<string, number>>(() => new Map());
  const register = useCallback((name: string) => {
    setNames((m) => new Map(m).set(name, (m.get(name) ?? 0) + 1));
    return () =>
      setNames((m) => {
        const next = new Map(m);
        const n = (next.get(name) ?? 1) - 1;
        if (n > 0) next.set(name, n);
        else next.delete(name);
        return next;
      });
  }, []);
  const value = useMemo(() => ({ names, register }), [names, register]);
  return <FieldsShownContext.Provider value={value}>{children}</FieldsShownContext.Provider>;
}

/** A `<form>` with its own FieldErrorScope: the usual way to write a form that shows field errors. */
export function Form(props: React.ComponentProps<"form">) {
  return (
    <FieldErrorScope>
      <form {...props} />
    </FieldErrorScope>
  );
}

/**
 * The one message component: the outcome of a form, in place. The server's specific message on failure
 * (role=alert, so screen readers announce it), a confirmation on success. A failure whose message
 * already shows beside its field (a FieldError in the same scope) is not repeated: each error is said once.
 */
export function FormMessage({
  result,
  message,
  success,
  testId,
  id,
}: {
  result?: Outcome;
  /** A message of the client's own (checked before anything was sent). */
  message?: string | null;
  success?: string | null;
  testId?: string;
  id?: string;
}) {
  const shown = useContext(FieldsShownContext)?.names;
  const error =
    message ?? (result && !result.ok && !shownBesideField(result, shown) ? result.error : null);
  if (error)
    return (
      <p className="form-error" role="alert" data-testid={testId} id={id} tabIndex={-1}>
        {error}
      </p>
    );
  if (result?.ok && success)
    return (
      <p className="form-ok" role="status" data-testid={testId} id={id}>
        {success}
      </p>
    );
  return null;
}

/**
 * The message for one field, beside it. Give the field `{...fieldProps(result, name)}`. It must sit in a
 * FieldErrorScope (a `Form`): outside one the form's message could not know it is here and would say it
 * twice, so that is refused at the first render rather than shown to a user.
 */
export function FieldError({
  result,
  name,
  prefix = "",
  message: own,
}: {
  result: Outcome;
  name: string;
  prefix?: string;
  /** A message of the client's own for this field (checked before anything was sent). */
  message?: string | null;
}) {
  const register = useContext(FieldsShownContext)?.register;
  useEffect(() => register?.(name), [register, name]);
  if (!register)
    throw new Error(`FieldError "${name}" is outside a Form/FieldErrorScope; wrap its form.`);
  const message = own ?? fieldError(result, name);
  if (!message) return null;
  return (
    // An alert so it is announced as it appears; the form's own message then stays silent.
    <p className="field-error" id={fieldErrorId(prefix + name)} role="alert">
      {message}
    </p>
  );
}

export function fieldError(result: Outcome, name: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

export const fieldErrorId = (name: string) => `${name.replace(/[^\w-]/g, "-")}-error`;

/** Props that tie a field to its message: invalid state and description. */
export function fieldProps(result: Outcome, name: string, prefix = "", own?: string | null) {
  const message = own ?? fieldError(result, name);
  return {
    "aria-invalid": message ? (true as const) : undefined,
    "aria-describedby": message ? fieldErrorId(prefix + name) : undefined,
  };
}

function shownBesideField(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  shown: ReadonlyMap<string, number> | undefined,
) {
  if (!shown) return false;
  return Object.entries(result.fieldErrors ?? {}).some(
    ([name, messages]) => shown.has(name) && messages[0] === result.error,
  );
}
