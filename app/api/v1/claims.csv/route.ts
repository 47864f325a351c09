import { getDb } from "@/db";
import { iterateExportBundles } from "@/db/queries/export";
import { claimsCsvChunks } from "@/lib/export/claims-csv";
import { streamText } from "@/lib/http/text-stream";
import { parseQuery, withAuth } from "../_lib/http";
import { csvQuerySchema } from "../_lib/query-schemas";

/** GET /api/v1/claims.csv: every live claim (same filters as /claims, no paging) as a spreadsheet-safe
 * CSV, streamed a page of claims at a time as the client reads it. */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, csvQuerySchema);
    if (!query.ok) return query.response;
    const bundles = iterateExportBundles(getDb(), query.data);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(streamText(claimsCsvChunks(bundles)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="tally-claims-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
