import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeRequest } from "@/app/_lib/guards";
import { problem } from "@/app/_lib/problem";
import { itemsFromArray, itemsFromFile, type ImportItem } from "@/lib/import/files";
import { MAX_BATCH_BYTES, MAX_FILE_BYTES, MAX_FILES, megabytes } from "@/lib/import/limits";
import { importItemsGradually, summarize, type ItemResult } from "@/db/services/import-batch";
import { toResultView, toSummaryView, type ImportEvent } from "@/lib/import/events";
import { mediaType, readCapped } from "@/lib/http/read-capped";

export const dynamic = "force-dynamic";

// Multipart framing adds a little to the files themselves.
const MAX_REQUEST_BYTES = MAX_BATCH_BYTES + 1024 * 1024;
const tooLarge = (bytes?: number) =>
  problem(
    413,
    bytes === undefined
      ? `The batch is larger than the ${megabytes(MAX_BATCH_BYTES)} limit.`
      : `The batch is ${megabytes(bytes)}; the limit is ${megabytes(MAX_BATCH_BYTES)} a batch.`,
  );

/** Reads the batch: multipart files (field "files"), or a JSON array of articles (or {articles: [...]}).
 * The body is read only up to the batch limit as it arrives, whatever Content-Length claimed. */
async function readItems(request: Request): Promise<ImportItem[] | Response> {
  const contentType = request.headers.get("content-type");
  const type = mediaType(contentType);
  if (type !== "multipart/form-data" && type !== "application/json")
    return problem(415, "Send multipart/form-data with files, or application/json.");
  const body = await readCapped(request.body, MAX_REQUEST_BYTES);
  if (!body.ok) return tooLarge();
  if (type === "multipart/form-data") {
    const form = await new Response(body.bytes, { headers: { "content-type": contentType! } })
      .formData()
      .catch(() => null);
    if (!form) return problem(400, "The upload could not be read.");
    const files = form
      .getAll("files")
      .filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f);
    if (files.length === 0) return problem(400, "Choose at least one file.");
    if (files.length > MAX_FILES)
      return problem(413, `${files.length} files; at most ${MAX_FILES} a batch.`);
    const total = files.reduce((n, f) => n + f.size, 0);
    if (total > MAX_BATCH_BYTES)
      return problem(
        413,
        `The batch is ${megabytes(total)}; the limit is ${megabytes(MAX_BATCH_BYTES)} a batch.`,
      );
    const perFile = await Promise.all(
      files.map(async (file): Promise<ImportItem[]> =>
        file.size > MAX_FILE_BYTES
          ? [
              {
                ok: false,
                label: file.name,
                error: `File is ${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)} a file.`,
              },
            ]
          : itemsFromFile(file.name, await file.text()),
      ),
    );
    return perFile.flat();
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch {
    return problem(400, "The body is not valid JSON.");
  }
  const list = Array.isArray(data) ? data : (data as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(list))
    return problem(400, 'Send a JSON array of articles, or {"articles": [...]}.');
  return itemsFromArray("request", list);
}

/**
 * POST /api/import (admins): imports each article in its own transaction and streams NDJSON events
 * ({type:"start"}, one {type:"progress"} per item, then {type:"done", summary}) so the page can show live progress.
 */
export async function POST(request: Request) {
  const auth = await authorizeRequest(request, "article.import");
  if (!auth.ok) return problem(auth.status, auth.error);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_REQUEST_BYTES) return tooLarge(declared);
  const items = await readItems(request);
  if (items instanceof Response) return items;

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      const results: ItemResult[] = [];
      try {
        send({ type: "start", total: items.length });
        for await (const { done, total, result } of importItemsGradually(getDb(), items, {
          actorId: auth.user.id,
        })) {
          results.push(result);
          send({ type: "progress", done, total, result: toResultView(result) });
        }
        send({ type: "done", summary: toSummaryView(summarize(results)) });
      } catch (error) {
        // The client went away, or the database failed: articles already imported stay imported.
        try {
          send({
            type: "error",
            error: `Import stopped after ${results.length} of ${items.length}: ${(error as Error).message}`,
          });
        } catch {}
      } finally {
        if (results.some((r) => r.status === "created" || r.status === "updated"))
          revalidatePath("/");
        try {
          controller.close();
        } catch {}
      }
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps compression from buffering the stream; progress must arrive as it happens.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
