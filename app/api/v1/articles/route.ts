import { getDb } from "@/db";
import { listArticlesForApi } from "@/db/queries/api-articles";
import { importArticleOffThread } from "@/db/services/import-batch";
import { problem, parseQuery, readJson, withAuth } from "../_lib/http";
import { articleListQuerySchema } from "../_lib/query-schemas";

/** GET /api/v1/articles?outlet=&q=&limit=&cursor= */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, articleListQuerySchema);
    if (!query.ok) return query.response;
    const { limit, cursor, ...filter } = query.data;
    const rows = listArticlesForApi(getDb(), { ...filter, afterId: cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const next = rows.length > limit ? (page.at(-1)?.id ?? null) : null;
    return Response.json({
      articles: page.map((a) => ({ ...a, createdAt: new Date(a.createdAt).toISOString() })),
      nextCursor: next,
    });
  });
}

/** POST /api/v1/articles: import one article (admins), through the same path as the import page. */
export async function POST(request: Request) {
  return withAuth(request, "article.import", async (user) => {
    const body = await readJson(request, 6_000_000);
    if (!body.ok) return body.response;
    const outcome = await importArticleOffThread(getDb(), body.data, { actorId: user.id });
    if (outcome.status === "failed") return problem(400, outcome.error);
    return Response.json(outcome, { status: outcome.status === "created" ? 201 : 200 });
  });
}
