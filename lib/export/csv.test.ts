import { afterAll, describe, expect, it } from "vitest";
import { listExportClaims, loadExportBundle } from "@/db/queries/export";
import { claimsCsv, CLAIMS_CSV_HEADER } from "./claims-csv";
import { csvCell } from "./csv";
import { seedExportFixture, TRICKY_QUOTE } from "@/tests/export-fixture";

/** A small RFC 4180 reader, independent of the writer, to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== "") throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error("unterminated quote");
  if (cell !== "" || row.length) throw new Error("last row lacks CRLF");
  return rows;
}

describe("claims CSV", () => {
  const fixture = seedExportFixture();
  afterAll(() => fixture.close());
  const csv = claimsCsv(
    loadExportBundle(fixture.db, listExportClaims(fixture.db, {}), { withBodies: false }),
  );

  it("starts with a BOM and reads back as a rectangle of CRLF rows", () => {
    expect(csv.startsWith("\uFEFFclaim id,article,")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(CLAIMS_CSV_HEADER);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row).toHaveLength(CLAIMS_CSV_HEADER.length);
  });

  it("keeps a quote with a formula, commas, quotes and a newline in one cell, neutralised", () => {
    const rows = parseCsv(csv.slice(1));
    const tricky = rows.find((r) => r[4]?.includes("HYPERLINK"));
    expect(tricky?.[4]).toBe(`'${TRICKY_QUOTE}`);
    const column = (name: string) => CLAIMS_CSV_HEADER.indexOf(name);
    expect(tricky?.[column("links")]).toBe(`contradicts → claim ${rows[1]![0]}`);
    expect(rows.find((r) => r[1] === 'Homes, "quotes" & <tags>')).toBeDefined();
  });

  it("lists sources and verdicts in words", () => {
    const rows = parseCsv(csv.slice(1));
    const column = (name: string) => CLAIMS_CSV_HEADER.indexOf(name);
    expect(rows[1]?.[column("sources")]).toBe(
      "Labour market statistics <https://stats.example/lms> (supports)",
    );
    expect(rows.find((r) => r[column("status")] === "decided")?.[column("verdict")]).toBe(
      "Misleading",
    );
  });

  it("neutralises every cell a spreadsheet would run", () => {
    for (const danger of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
      expect(csvCell(danger).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
});
