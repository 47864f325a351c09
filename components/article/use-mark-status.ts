"use client";

import { useEffect, type RefObject } from "react";
import { STATUS_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";

/**
 * Keeps each highlight's colour and spoken status in step with its claim. The text is rendered on the
 * server (article-body.tsx) and a status change no longer re-renders it, so the marks of a claim whose
 * status changed here are updated in place; a later server render writes the same values.
 */
export function useMarkStatus(root: RefObject<HTMLElement | null>, claims: ClaimSummary[]) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const statusOf = new Map(claims.map((c) => [String(c.id), c.status]));
    for (const mark of el.querySelectorAll<HTMLElement>("mark[data-claim-id]")) {
      const status = statusOf.get(mark.dataset.claimId ?? "");
      const className = `claim claim--${status}`;
      if (status === undefined || mark.className === className) continue;
      mark.className = className;
      mark.setAttribute(
        "aria-label",
        `${mark.textContent} (${STATUS_LABELS[status] ?? status} claim)`,
      );
    }
  }, [root, claims]);
}
