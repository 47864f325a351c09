import { getDb } from "@/db";
import { searchClaims, type SearchClaimHit } from "@/db/queries/search";
import { searchQuerySchema, isEmptySearch } from "@/lib/validation/search";
import { toMarkedText } from "@/lib/search/marks";
import { problem, parseQuery, withAuth } from "../_lib/http";

const marked = (s: string | null) => (s === null ? null : toMarkedText(s));

function claimJson(c: SearchClaimHit) {
  return {
    id: c.id,
    quote: toMarkedText(c.quote),
    counted: marked(c.counted),
    value: c.value,
    kind: c.kind,
    unit: c.unit,
    status: c.status,
    verdict: c.verdict,
    note: marked(c.noteSnippet),
    source: marked(c.sourceSnippet),
  };
}

/** GET /api/v1/search?q=&min=&max=&kind=&unit=&status=&verdict=&outlet=&source=&from=&to=
 * Full-text search with filters, grouped by article. Snippets come as plain text with the offsets of the
 * matched words, so no client has to parse markup. */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, searchQuerySchema);
    if (!query.ok) return query.response;
    if (isEmptySearch(query.data))
      return problem(400, "Give some words (q) or at least one filter.");
    const result = searchClaims(getDb(), query.data);
    return Response.json({
      articles: result.groups.map((g) => ({
        id: g.articleId,
        title: toMarkedText(g.title),
        outlet: g.outlet,
        publishedAt: g.publishedAt,
        body: marked(g.bodySnippet),
        claims: g.claims.map(claimJson),
        moreClaims: g.moreClaims,
      })),
      truncated: result.truncated,
    });
  });
}
