"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { useWorkspace } from "./workspace-context";

export interface WriteState {
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string[]>;
}

/**
 * Runs one server action for a form: pending state, the server's message shown in place on refusal,
 * and version conflicts on a claim handed to the panel's conflict notice (the form keeps what was typed).
 * The action's revalidatePath refreshes the server-rendered page, highlights included.
 */
export function useWrite(claimId?: number) {
  const { reportConflict } = useWorkspace();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const run = useCallback(
    <T>(call: () => Promise<ActionResult<T>>, onOk?: (data: T) => void) =>
      new Promise<boolean>((resolve) => {
        startTransition(async () => {
          let result: ActionResult<T>;
          try {
            result = await call();
          } catch {
            result = {
              ok: false,
              status: 400,
              error: "The server could not be reached; nothing was saved. Try again.",
            };
          }
          if (result.ok) {
            setError(null);
            setFieldErrors({});
            onOk?.(result.data);
            resolve(true);
            return;
          }
          if (result.status === 409 && result.current !== undefined && claimId !== undefined) {
            reportConflict(claimId, result.error);
            setError(null);
          } else {
            setError(result.error);
            setFieldErrors(result.fieldErrors ?? {});
          }
          resolve(false);
        });
      }),
    [claimId, reportConflict],
  );

  const clear = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);

  return { run, pending, error, fieldErrors, clear };
}
