"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * On phones and narrow windows, a block (the queue's filters) folds behind one button so the list it
 * filters starts near the top of the screen; on wider screens the button is hidden and the block always
 * shows (see `.fold-on-phones` in globals.css). The button says how many filters are on, so a folded
 * filter is never a surprise.
 */
export function FoldOnPhones({
  label,
  activeCount,
  children,
}: {
  label: string;
  activeCount: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div className="fold-on-phones" data-open={open ? "" : undefined}>
      <button
        type="button"
        className="fold-toggle button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
        {activeCount > 0 && ` (${activeCount} on)`}
      </button>
      <div id={bodyId} className="fold-body">
        {children}
      </div>
    </div>
  );
}
