import { getDb } from "@/db";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { claimToJson } from "@/lib/export/claim-json";
import { parseQuery, withAuth } from "../_lib/http";
import { claimListQuerySchema } from "../_lib/query-schemas";

/** GET /api/v1/claims?articleId=&outlet=&status=&q=&limit=&cursor= */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, claimListQuerySchema);
    if (!query.ok) return query.response;
    const { limit, cursor, ...filter } = query.data;
    const db = getDb();
    const rows = listExportClaims(db, { ...filter, afterId: cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const bundle = loadExportBundle(db, page, { withBodies: false });
    return Response.json({
      claims: page.map((c) => claimToJson(c, bundle)),
      nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    });
  });
}
