import type { ImportEvent } from "@/lib/import/events";

/** Reads POST /api/import's NDJSON body event by event as it arrives. */
export async function* readImportEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<ImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield JSON.parse(line) as ImportEvent;
    }
    if (done) break;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as ImportEvent;
}
