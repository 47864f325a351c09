import type { MatrixEntry } from "./types";

/** The export API (each route also called with every kind of Bearer key), and the admin actions for
 * API keys and settings. */
const reads: [
  string,
  (ctx: Parameters<Extract<MatrixEntry, { kind: "route" }>["path"]>[0]) => string,
][] = [
  ["GET /api/v1/articles", () => "/api/v1/articles?limit=2"],
  ["GET /api/v1/articles/:id", (ctx) => `/api/v1/articles/${ctx.articleId}`],
  [
    "GET /api/v1/articles/:id/annotations",
    (ctx) => `/api/v1/articles/${ctx.articleId}/annotations?limit=5`,
  ],
  ["GET /api/v1/claims", () => "/api/v1/claims?limit=5"],
  ["GET /api/v1/claims/:id", (ctx) => `/api/v1/claims/${ctx.claimId()}`],
  ["GET /api/v1/claims.csv", () => "/api/v1/claims.csv?status=decided"],
  ["GET /api/v1/claims.ndjson", () => "/api/v1/claims.ndjson?status=decided"],
  ["GET /api/v1/annotations", () => "/api/v1/annotations?limit=5"],
  ["GET /api/v1/search", () => "/api/v1/search?q=civilians"],
  ["GET /api/v1/annotations/:id", (ctx) => `/api/v1/annotations/${ctx.claimId()}`],
];

export const entries: MatrixEntry[] = [
  ...reads.map(([name, path]): MatrixEntry => ({
    kind: "route",
    name,
    method: "GET",
    path,
    minRole: "checker",
  })),
  {
    kind: "route",
    name: "POST /api/v1/articles (import)",
    method: "POST",
    path: () => "/api/v1/articles",
    minRole: "admin",
    // No body: an admin gets past the gate to a 400, and no article is left behind for later specs to count.
    body: () => ({ title: "Matrix import" }),
  },
  {
    kind: "route",
    name: "POST /api/v1/annotations/import",
    method: "POST",
    path: () => "/api/v1/annotations/import",
    minRole: "admin",
    body: () => ({ type: "AnnotationPage", items: [], "tally:articles": [] }),
  },
  {
    kind: "action",
    name: "createApiKey",
    file: "app/(app)/admin/api-keys/actions.ts",
    exportedName: "createApiKey",
    minRole: "admin",
    args: async (ctx) => [
      { name: "matrix key", userId: await ctx.userId(), scope: "read", expiresInDays: 7 },
    ],
  },
  {
    kind: "action",
    name: "revokeApiKey",
    file: "app/(app)/admin/api-keys/actions.ts",
    exportedName: "revokeApiKey",
    minRole: "admin",
    // No such key: an admin gets a 404 (allowed past the gate), everyone else 401/403.
    args: () => [{ id: 999_999 }],
  },
  {
    kind: "action",
    name: "setPublicClaims",
    file: "app/(app)/admin/settings/actions.ts",
    exportedName: "setPublicClaims",
    minRole: "admin",
    args: () => [{ enabled: false }],
  },
];
