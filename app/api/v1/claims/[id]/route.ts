import { getDb } from "@/db";
import { getExportClaim, loadExportBundle } from "@/db/queries/export";
import { claimToJson } from "@/lib/export/claim-json";
import { problem, parseIdParam, withAuth } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/claims/:id: the claim with its notes, sources and links. */
export async function GET(request: Request, { params }: Context) {
  return withAuth(request, "article.read", async () => {
    const id = parseIdParam((await params).id);
    if (id === null) return problem(400, "The claim id must be a number.");
    const db = getDb();
    const claim = getExportClaim(db, { id });
    if (!claim) return problem(404, `There is no claim ${id}.`);
    return Response.json({
      claim: claimToJson(claim, loadExportBundle(db, [claim], { withBodies: false }), {
        detail: true,
      }),
    });
  });
}
