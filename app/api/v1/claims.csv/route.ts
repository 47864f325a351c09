import { getDb } from "@/db";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { claimsCsv } from "@/lib/export/claims-csv";
import { parseQuery, withAuth } from "../_lib/http";
import { csvQuerySchema } from "../_lib/query-schemas";

/** GET /api/v1/claims.csv: every live claim (same filters as /claims, no paging) as a spreadsheet-safe CSV. */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, csvQuerySchema);
    if (!query.ok) return query.response;
    const db = getDb();
    const csv = claimsCsv(
      loadExportBundle(db, listExportClaims(db, query.data), { withBodies: false }),
    );
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="tally-claims-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
