"use client";

import { createContext, useContext } from "react";
import type { ToastState } from "@/components/ui/toast";
import type { ClaimStatus, Role } from "@/lib/domain";
import type { ClaimChange } from "./workspace-types";

/** A request from the keyboard (or a button elsewhere) for the panel to open one of its forms. */
export type PanelCommandKind =
  "verify" | "dispute" | "note" | "source" | "link" | "edit" | "reject";
export interface PanelCommand {
  kind: PanelCommandKind;
  /** Increases on every request, so pressing the same key twice still reaches the panel. */
  seq: number;
}

export interface WorkspaceContextValue {
  articleId: number;
  me: { id: number; name: string; role: Role };
  canAnnotate: boolean;
  command: PanelCommand | null;
  /** A write was refused because someone else changed the claim first. */
  reportConflict: (claimId: number, message: string) => void;
  /** Select a claim and move focus to its highlight. */
  selectClaim: (claimId: number | null) => void;
  /** After an action: the keyboard goes back to the claim, where the next action starts. */
  focusClaim: (claimId: number) => void;
  /** "Verified · Undo": a short notice after a write. */
  notify: (toast: Omit<ToastState, "seq">) => void;
  /** Selects the next claim after this one (used after a reject, whose claim leaves the list). */
  selectNextAfter: (claimId: number) => void;
  /** Shows a claim write's answer (the claim as it now is) without waiting for the server to re-render. */
  applyChange: (change: ClaimChange) => void;
  /** A claim's status as the workspace shows it now (sections rendered on the server read it here). */
  statusOf: (claimId: number) => ClaimStatus | undefined;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace outside ArticleWorkspace");
  return value;
}

/** The workspace when there is one (a section rendered by another feature may also appear elsewhere). */
export function useOptionalWorkspace(): WorkspaceContextValue | null {
  return useContext(WorkspaceContext);
}

/** Submit options for a claim write: a version conflict goes to the panel's conflict notice. */
export function useConflictReporter(claimId?: number) {
  const { reportConflict } = useWorkspace();
  return {
    onConflict: (failure: { error: string }) => {
      if (claimId === undefined) return false;
      reportConflict(claimId, failure.error);
      return true;
    },
  };
}
