"use client";

import { createContext, useContext } from "react";
import type { Role } from "@/lib/domain";

/** A request from the keyboard (or a button elsewhere) for the panel to open one of its forms. */
export type PanelCommandKind = "verify" | "dispute" | "note" | "source" | "link" | "edit";
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
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace outside ArticleWorkspace");
  return value;
}
