import { STATUS_LABELS } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/validation/labels";

/** What a refused write sends back about the claim as it is now. */
export interface NewerState {
  version: number;
  status: string;
  verdict: string | null;
  statusReason: string | null;
  decisionNote: string | null;
  assigneeId: number | null;
  updatedAt: number | null;
}

/** One sentence describing the newer state, for the message a stale form shows. */
export function describeNewerState(state: NewerState): string {
  const status = STATUS_LABELS[state.status] ?? state.status;
  if (state.status === "decided") {
    const verdict = state.verdict ? (VERDICT_LABELS[state.verdict] ?? state.verdict) : "no verdict";
    return `it is now ${status} as “${verdict}”${state.decisionNote ? ` (“${state.decisionNote}”)` : ""} (version ${state.version}).`;
  }
  return `it is now ${status}${state.statusReason ? ` (“${state.statusReason}”)` : ""} (version ${state.version}).`;
}
