import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText, type RemovedPiece } from "./clean";
import { normalizeNewlines } from "./normalize";

/** What each seed article must lose: its page furniture and the metadata lines that are stored as fields.
 * Written by hand from reading the files; anything else removed is a bug. */
const EXPECTED_REMOVED: Record<string, string[]> = {
  "000_51e3556b2e98c465.txt": [
    "Coalition: 841 civilians killed in Iraq, Syria operations till January",
    "A U.S. Air Force KC-10 Extender refuels a British aircraft",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Iraq extradites to Russia four women, 27 children, who belonged to Islamic State",
    "Deputy of Islamic State\u2019s Baghdadi killed in Iraqi airstrike: Intelligence source",
  ],
  "001_e1748e820fe1a2f1.txt": [
    "News ID: 265628",
    "Published: 0234 GMT February 14, 2020",
    "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq",
    "US-led coalition admits killing at least 1,370 civilians in Syria, Iraq",
    "Hadi Mizban/AP",
    "Security Key:",
    "Captcha refresh",
    "Page Generated in 0/7980 sec",
  ],
  "002_31fb07a3774c84bf.txt": [
    "# *Report Reveals At Least 624 Civilians Killed in U.S.-Led Strikes in Iraq and Syria*",
    "---",
    "---",
    "<https://www.radiohc.cu/en/noticias/internacionales/137424-report-reveals-at-least-624-civilians-killed-in-us-led-strikes-in-iraq-and-syria>",
    "**Radio Habana Cuba**",
  ],
  "003_e23c092b9a89b1c4.txt": [
    "1,114 civilians killed by US coalition raids in Iraq and Syria since 2014",
    "File CNN",
  ],
  "004_c09c4df45738eb88.txt": [
    "US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington",
    "US Coalition Bombardments Kill 54 Iraqi, Syrian Civilians: Washington",
    "Thu Dec 1, 2016 22:09:14",
    'string(2956) "[{"id":"1889082"',
  ],
};

/** Furniture named in the issue: none of it may survive in any seed's body. */
const FURNITURE_FRAGMENTS = [
  "Leave a Reply",
  "Required fields are marked",
  "Security Key",
  "Captcha",
  "Page Generated in",
  "string(2956)",
  '"contenttypeid"',
  "News ID",
  "Hadi Mizban/AP",
  "File CNN",
  "Air Force photo by",
];

/** The original text minus the removed lines, blank-line runs collapsed as the cleaner does. */
function originalMinusRemoved(text: string, removed: RemovedPiece[]): string {
  const removedOffsets = new Set(removed.map((r) => r.offset));
  const kept: string[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (!removedOffsets.has(offset)) kept.push(line.trim() ? line : "");
    offset += line.length + 1;
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

describe.each(Object.entries(EXPECTED_REMOVED))("seed %s", (name, expected) => {
  const text = normalizeNewlines(readFileSync(path.join(process.cwd(), "seeds", name), "utf8"));
  const cleaned = cleanArticleText(text);

  it("removes exactly the furniture and metadata lines, each a whole line of the original", () => {
    expect(cleaned.removed).toHaveLength(expected.length);
    cleaned.removed.forEach((piece, i) => {
      expect(
        piece.text.startsWith(expected[i]!),
        `${piece.text.slice(0, 60)} (rule ${piece.rule})`,
      ).toBe(true);
      expect(text.slice(piece.offset, piece.offset + piece.text.length)).toBe(piece.text);
      expect(text[piece.offset + piece.text.length] ?? "\n").toBe("\n");
    });
  });

  it("keeps the rest of the text byte for byte", () => {
    expect(cleaned.body).toBe(originalMinusRemoved(text, cleaned.removed));
  });

  it("leaves none of the listed furniture in the body", () => {
    for (const fragment of FURNITURE_FRAGMENTS) expect(cleaned.body).not.toContain(fragment);
  });
});

describe("seed metadata", () => {
  const clean = (name: string) =>
    cleanArticleText(
      normalizeNewlines(readFileSync(path.join(process.cwd(), "seeds", name), "utf8")),
    );

  it("reads the published date from the page", () => {
    expect(clean("001_e1748e820fe1a2f1.txt").publishedAt).toBe("2020-02-14");
    expect(clean("004_c09c4df45738eb88.txt").publishedAt).toBe("2016-12-01");
  });

  it("reads the title and the outlet signature, but no URL from a link at the foot", () => {
    const radio = clean("002_31fb07a3774c84bf.txt");
    expect(radio.title).toBe(
      "Report Reveals At Least 624 Civilians Killed in U.S.-Led Strikes in Iraq and Syria",
    );
    expect(radio.outlet).toBe("Radio Habana Cuba");
    // Only a link above the text is the article's own address (the manifest gives this one).
    expect(radio.url).toBeUndefined();
  });
});
