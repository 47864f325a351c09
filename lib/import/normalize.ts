import crypto from "node:crypto";

/** Line endings to \n and no BOM: the only changes made to an article's own characters. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** The duplicate key: the same words in the same order are the same article,
 * whatever the spacing, case or curly quotes. */
export function bodyHash(body: string): string {
  const normalized = body
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  return crypto.createHash("sha256").update(normalized).digest("hex");
}
