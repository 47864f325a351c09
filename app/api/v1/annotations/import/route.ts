import { getDb } from "@/db";
import { importAnnotations } from "@/db/services/annotation-import";
import { problem, readJson, withAuth } from "../../_lib/http";

/** POST /api/v1/annotations/import (admins): a Tally export (page, collection or array of pages) back in. */
export async function POST(request: Request) {
  return withAuth(request, "article.import", async (user) => {
    const body = await readJson(request, 50_000_000);
    if (!body.ok) return body.response;
    const outcome = importAnnotations(getDb(), body.data, { actorId: user.id });
    if (!outcome.ok) return problem(400, outcome.error);
    return Response.json(outcome.result, { status: outcome.result.claimsCreated > 0 ? 201 : 200 });
  });
}
