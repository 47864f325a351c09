import { FIXTURE_ORIGIN } from "../env";
import type { MatrixEntry } from "./types";

let calls = 0;
const unique = () => `${Date.now()}-${++calls}`;

export const entries: MatrixEntry[] = [
  {
    kind: "action",
    name: "read a page by URL (admin/import)",
    file: "app/(app)/admin/import/actions.ts",
    exportedName: "readArticleUrl",
    minRole: "admin",
    args: () => [{ url: `${FIXTURE_ORIGIN}/articles/matrix-${unique()}` }],
  },
  {
    kind: "route",
    name: "POST /api/import/url (import by URL)",
    method: "POST",
    path: () => "/api/import/url",
    minRole: "admin",
    body: () => ({ url: `${FIXTURE_ORIGIN}/articles/matrix-${unique()}` }),
  },
  {
    kind: "action",
    name: "add a feed (admin/feeds)",
    file: "app/(app)/admin/feeds/actions.ts",
    exportedName: "addFeedAction",
    minRole: "admin",
    // The background reader reads each once (one fixture item); the long interval keeps it at that.
    args: () => [
      { url: `${FIXTURE_ORIGIN}/feeds/matrix-${unique()}.rss?n=1`, intervalMinutes: 1440 },
    ],
  },
];
