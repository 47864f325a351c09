/** CSV that spreadsheets open correctly: UTF-8 with a BOM (Excel guesses the encoding otherwise),
 * CRLF line ends, RFC 4180 quoting, and formula injection neutralised. */

const BOM = "\uFEFF";
const CRLF = "\r\n";

/** A cell a spreadsheet would run as a formula (= + - @) or treat specially (tab, CR) gets a leading
 * apostrophe, which spreadsheets show as text. Negative numbers are exported as numbers, not text. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "number"
      ? Number.isFinite(value)
        ? String(value)
        : ""
      : neutralizeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}

export function csvDocument(
  header: string[],
  rows: (string | number | null | undefined)[][],
): string {
  return csvHead(header) + rows.map(csvRow).join("");
}

/** The start of a CSV document (BOM and header row), for exports that stream their rows after it. */
export function csvHead(header: string[]): string {
  return BOM + csvRow(header);
}
