import type { MatrixEntry } from "./types";

let calls = 0;
/** A different body for every call, so an allowed call imports rather than reporting a duplicate. */
const article = () => ({
  title: `Matrix import ${++calls}`,
  body: `Matrix check ${Date.now()}-${calls}: the council approved 42 new homes.`,
});

export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "paste an article (admin/import)",
    file: "app/(app)/admin/import/actions.ts",
    exportedName: "pasteArticle",
    minRole: "admin",
    args: () => [article()],
  },
  {
    kind: "route",
    name: "POST /api/import (batch import)",
    method: "POST",
    path: () => "/api/import",
    minRole: "admin",
    body: () => [article()],
  },
];
