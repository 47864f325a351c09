/** Import limits, shown on the import page and enforced on the server (route handler and file splitter). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_BATCH_BYTES = 25 * 1024 * 1024;
export const MAX_FILES = 200;
/** A pasted article travels in a server action request, which Next caps at 1 MB. */
export const MAX_PASTE_CHARS = 500_000;
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".ndjson"] as const;

export const megabytes = (bytes: number) =>
  `${(bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1)} MB`;
