import { getDb } from "@/db";
import {
  exportAnnotationCollection,
  exportAnnotationPage,
} from "@/db/queries/annotation-collection";
import { originOf, parseQuery, withAuth } from "../_lib/http";
import { annotationPageQuerySchema } from "../_lib/query-schemas";
import { jsonLd } from "@/app/api/v1/_lib/json-ld";

/** GET /api/v1/annotations: every claim as a W3C AnnotationCollection. Paged (keyset on claim id, `next`
 * links), not one big document: the newsroom's whole history would otherwise be built in memory on
 * every request, and each page carries its own articles so it can be imported on its own. */
export async function GET(request: Request) {
  return withAuth(request, "article.read", () => {
    const query = parseQuery(request, annotationPageQuerySchema);
    if (!query.ok) return query.response;
    const { cursor, limit } = query.data;
    const base = originOf(request);
    const db = getDb();
    return jsonLd(
      cursor === undefined
        ? exportAnnotationCollection(db, { base, limit })
        : exportAnnotationPage(db, { base, cursor, limit }),
    );
  });
}
