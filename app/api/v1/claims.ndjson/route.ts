import { getDb } from "@/db";
import { iterateExportBundles, type ExportBundle } from "@/db/queries/export";
import { claimToJson } from "@/lib/export/claim-json";
import { streamText } from "@/lib/http/text-stream";
import { parseQuery, withAuth } from "../_lib/http";
import { csvQuerySchema } from "../_lib/query-schemas";

function* ndjsonChunks(bundles: Iterable<ExportBundle>): Generator<string> {
  for (const bundle of bundles)
    yield bundle.claims
      .map((claim) => JSON.stringify(claimToJson(claim, bundle, { detail: true })) + "\n")
      .join("");
}

/** GET /api/v1/claims.ndjson: every live claim (same filters as the CSV) with its notes, sources and
 * links, one JSON object a line, streamed a page of claims at a time. */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, csvQuerySchema);
    if (!query.ok) return query.response;
    const bundles = iterateExportBundles(getDb(), query.data);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(streamText(ndjsonChunks(bundles)), {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="tally-claims-${day}.ndjson"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
