import { getDb } from "@/db";
import { getExportClaim, loadExportBundle } from "@/db/queries/export";
import { claimToAnnotation } from "@/lib/export/annotations";
import { problem, originOf, parseIdParam, withAuth } from "../../_lib/http";
import { jsonLd } from "@/app/api/v1/_lib/json-ld";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/annotations/:claimId: one claim's annotation (its id dereferences here). */
export async function GET(request: Request, { params }: Context) {
  return withAuth(request, "article.read", async () => {
    const id = parseIdParam((await params).id);
    if (id === null) return problem(400, "The annotation id must be a claim id (a number).");
    const db = getDb();
    const claim = getExportClaim(db, { id });
    if (!claim) return problem(404, `There is no claim ${id}.`);
    return jsonLd(
      claimToAnnotation(
        claim,
        loadExportBundle(db, [claim], { withBodies: false }),
        originOf(request),
      ),
    );
  });
}
