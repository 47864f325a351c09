import { getDb } from "@/db";
import { getArticleForApi } from "@/db/queries/api-articles";
import {
  exportAnnotationCollection,
  exportAnnotationPage,
} from "@/db/queries/annotation-collection";
import { problem, originOf, parseIdParam, parseQuery, withAuth } from "../../../_lib/http";
import { annotationPageQuerySchema } from "../../../_lib/query-schemas";
import { jsonLd } from "@/app/api/v1/_lib/json-ld";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/articles/:id/annotations: this article's claims as a W3C AnnotationCollection
 * (first page embedded); ?cursor= gives the following pages. */
export async function GET(request: Request, { params }: Context) {
  return withAuth(request, "article.read", async () => {
    const articleId = parseIdParam((await params).id);
    if (articleId === null) return problem(400, "The article id must be a number.");
    const query = parseQuery(request, annotationPageQuerySchema);
    if (!query.ok) return query.response;
    const db = getDb();
    if (!getArticleForApi(db, { id: articleId }))
      return problem(404, `There is no article ${articleId}.`);
    const base = originOf(request);
    const { cursor, limit } = query.data;
    return jsonLd(
      cursor === undefined
        ? exportAnnotationCollection(db, { base, articleId, limit })
        : exportAnnotationPage(db, { base, articleId, cursor, limit }),
    );
  });
}
