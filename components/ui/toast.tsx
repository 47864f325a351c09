"use client";

import { useEffect, useRef } from "react";

export interface ToastState {
  /** "Verified", "Rejected “60%”", … */
  message: string;
  /** Reverts the write through the same versioned road; absent when there is nothing to undo. */
  undo?: () => void;
  /** Increases with every toast, so the same message twice restarts the timer. */
  seq: number;
}

/** A short notice after a write, with Undo (key z). It never takes focus: the keyboard stays on the work. */
export function Toast({
  toast,
  onClose,
  ms = 8000,
}: {
  toast: ToastState | null;
  onClose: () => void;
  ms?: number;
}) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => close.current(), ms);
    return () => clearTimeout(timer);
  }, [toast, ms]);
  return (
    <div className="toast-region" role="status" aria-live="polite" data-testid="toast">
      {toast && (
        <div className="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <>
              {" · "}
              <button type="button" className="link toast-undo" onClick={toast.undo}>
                Undo <kbd>z</kbd>
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
