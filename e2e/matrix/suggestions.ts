import type { MatrixEntry } from "./types";

// Ids that do not exist still pass the auth gate first (a 404 answer counts as allowed): the matrix
// checks who may call, not what the call finds.
export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "confirm a link suggestion",
    file: "app/(app)/suggestions/actions.ts",
    exportedName: "confirmSuggestion",
    minRole: "checker",
    args: () => [{ suggestionId: 999_999 }],
  },
  {
    kind: "action",
    name: "dismiss a link suggestion",
    file: "app/(app)/suggestions/actions.ts",
    exportedName: "dismissSuggestion",
    minRole: "checker",
    args: () => [{ suggestionId: 999_998 }],
  },
  {
    kind: "action",
    name: "resolve a flag",
    file: "app/(app)/suggestions/actions.ts",
    exportedName: "resolveFlag",
    minRole: "checker",
    args: () => [{ flagId: 999_997 }],
  },
];
