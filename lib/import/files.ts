import path from "node:path";

import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, megabytes } from "./limits";

export { ACCEPTED_EXTENSIONS, MAX_BATCH_BYTES, MAX_FILE_BYTES } from "./limits";

/** One article to import, or the reason a piece of a file could not become one. */
export type ImportItem =
  | { ok: true; label: string; input: Record<string, unknown> }
  | { ok: false; label: string; error: string };

/** Splits an uploaded file into articles: one per .txt/.md/.html file, one per element of a .json
 * array, one per line of .ndjson (labelled with its line number, so a broken line can be found). */
export function itemsFromFile(name: string, content: string): ImportItem[] {
  const ext = path.extname(name).toLowerCase();
  const bytes = Buffer.byteLength(content);
  if (bytes > MAX_FILE_BYTES) {
    return [
      {
        ok: false,
        label: name,
        error: `File is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)} a file.`,
      },
    ];
  }
  switch (ext) {
    case ".txt":
    case ".md":
      return [{ ok: true, label: name, input: { body: content } }];
    case ".html":
    case ".htm":
      return [{ ok: true, label: name, input: { html: content } }];
    case ".json":
      return itemsFromJson(name, content);
    case ".ndjson":
      return itemsFromNdjson(name, content);
    default:
      return [
        {
          ok: false,
          label: name,
          error: `Unsupported file type "${ext || name}". Use ${ACCEPTED_EXTENSIONS.join(", ")}.`,
        },
      ];
  }
}

function itemsFromJson(name: string, content: string): ImportItem[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return [{ ok: false, label: name, error: `Not valid JSON: ${(error as Error).message}` }];
  }
  if (!Array.isArray(data))
    return [{ ok: false, label: name, error: "A .json batch must be an array of articles." }];
  return itemsFromArray(name, data);
}

/** One item per element of an array of articles (a .json batch, or a JSON request body). */
export function itemsFromArray(name: string, entries: unknown[]): ImportItem[] {
  return entries.map((entry, index) => asItem(`${name} #${index + 1}`, entry));
}

function itemsFromNdjson(name: string, content: string): ImportItem[] {
  const items: ImportItem[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const label = `${name} line ${index + 1}`;
    try {
      items.push(asItem(label, JSON.parse(line)));
    } catch (error) {
      items.push({
        ok: false,
        label,
        error: `Line ${index + 1} is not valid JSON: ${(error as Error).message}`,
      });
    }
  });
  return items;
}

function asItem(label: string, entry: unknown): ImportItem {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
    return {
      ok: false,
      label,
      error: "Each article must be an object with title, body or html, url, outlet, publishedAt.",
    };
  }
  return { ok: true, label, input: entry as Record<string, unknown> };
}
