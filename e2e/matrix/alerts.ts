import type { MatrixEntry } from "./types";

// An alert id no run creates: the gate answers first (401/403), an allowed caller gets the service's 404.
const NO_ALERT = { alertId: 987_654_321, version: 1 };

export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "watch a figure (article page)",
    file: "app/(app)/articles/[id]/watch-actions.ts",
    exportedName: "watchClaim",
    minRole: "checker",
    // A fresh claim per call, never watched before: the first watch succeeds.
    args: (ctx) => [{ claimId: ctx.claimId(), seen: null, watch: "watch" }],
  },
  {
    kind: "action",
    name: "link an alert's figures and close it (review/alerts)",
    file: "app/(app)/review/alerts/actions.ts",
    exportedName: "resolveAlert",
    minRole: "editor",
    args: () => [NO_ALERT],
  },
  {
    kind: "action",
    name: "dismiss an alert (review/alerts)",
    file: "app/(app)/review/alerts/actions.ts",
    exportedName: "dismissAlert",
    minRole: "editor",
    args: () => [NO_ALERT],
  },
];
