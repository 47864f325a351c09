import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { importByUrl } from "@/db/services/url-imports";
import { authorizeRequest } from "@/app/_lib/guards";
import { problem } from "@/app/_lib/problem";
import { toResultView } from "@/lib/import/events";
import { importUrlRequestSchema } from "@/lib/validation/import";
import { mediaType, readCapped } from "@/lib/http/read-capped";

/** One address and three corrections: a few kilobytes at most. */
const MAX_REQUEST_BYTES = 64 * 1024;

export const dynamic = "force-dynamic";

/**
 * POST /api/import/url (admins), JSON `{"url": "https://…", "title"?, "outlet"?, "publishedAt"?}`:
 * fetches the page on the server (public addresses only, time, size and redirect limits), keeps its
 * HTML, reads its metadata and imports it. 200 with the result (created, updated or duplicate: the
 * same article by its canonical URL), 422 with the reason when the page could not be fetched or read.
 */
export async function POST(request: Request) {
  const auth = await authorizeRequest(request, "article.import");
  if (!auth.ok) return problem(auth.status, auth.error);
  if (mediaType(request.headers.get("content-type")) !== "application/json")
    return problem(415, 'Send application/json: {"url": "https://…"}.');
  const body = await readCapped(request.body, MAX_REQUEST_BYTES);
  if (!body.ok) return problem(413, "The request is larger than 64 KB.");
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch {
    return problem(400, 'The body is not JSON; send {"url": "https://…"}.');
  }
  const input = importUrlRequestSchema.safeParse(raw);
  if (!input.success)
    return problem(400, input.error.issues[0]?.message ?? 'Send {"url": "https://…"}.');
  const { url, ...overrides } = input.data;
  const outcome = await importByUrl(getDb(), { actorId: auth.user.id, url, overrides });
  if (outcome.status === "failed") return problem(422, outcome.error);
  revalidatePath("/");
  return Response.json({ ...toResultView({ label: url, ...outcome }), url: outcome.url });
}
