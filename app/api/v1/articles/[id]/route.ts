import { getDb } from "@/db";
import { getArticleForApi } from "@/db/queries/api-articles";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { claimToJson } from "@/lib/export/claim-json";
import { problem, parseIdParam, withAuth } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/articles/:id: the article, its text and its live claims. */
export async function GET(request: Request, { params }: Context) {
  return withAuth(request, "article.read", async () => {
    const id = parseIdParam((await params).id);
    if (id === null) return problem(400, "The article id must be a number.");
    const db = getDb();
    const article = getArticleForApi(db, { id });
    if (!article) return problem(404, `There is no article ${id}.`);
    const claims = listExportClaims(db, { articleId: id });
    const bundle = loadExportBundle(db, claims, { withBodies: false });
    return Response.json({
      article: { ...article, createdAt: new Date(article.createdAt).toISOString() },
      claims: claims.map((c) => claimToJson(c, bundle)),
    });
  });
}
