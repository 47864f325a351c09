/** Hostile lines: a word that opens some rule, then a long run of one unit, then a character that
 * makes the match fail at the very end (the case that makes a backtracking pattern try every split). */

/** Openers taken from the shapes the import, date and detector patterns look for. */
export const OPENERS = [
  "",
  "password",
  "username",
  "e-mail",
  "comment",
  "comments",
  "3 comments",
  "leave a reply",
  "published",
  "updated on",
  "related",
  "more from",
  "share",
  "share this",
  "tags:",
  "news id:",
  "copyright",
  "©",
  "photo:",
  "photo",
  "file",
  "image copyright",
  "AP Photo /",
  "Hadi Mizban",
  "generated in",
  "query time",
  "5 queries",
  "this page took",
  "security code",
  "type the characters",
  "please log in",
  "already a subscriber?",
  "not a member?",
  "we use cookies",
  "sign up for our",
  "advertisement",
  "continue reading",
  'string(5) "',
  '["id"]',
  "a:2:",
  '"key":',
  "{",
  "Thu",
  "Dec 1,",
  "14 February",
  "2020-02-14",
  "**",
  "# ",
  "*",
  "_",
  "<",
  "http://",
  "the 5",
  "5",
  "12.5",
  "$5",
  "between 5 and",
  "5 to",
  "1,000",
  "brings the total to",
  "up",
  "Mr.",
  "a",
];

/** Units repeated to make the run: whitespace, punctuation, digits, separators and markup. */
export const UNITS = [
  " ",
  "\t",
  "\u00a0",
  "*",
  ":",
  ".",
  ",",
  "-",
  "- ",
  "|",
  "/",
  "=",
  '"',
  "'",
  "(",
  ")",
  "[",
  "{",
  "5",
  "5 ",
  "5,",
  "5.",
  " 5",
  "a",
  "a ",
  "A ",
  "Aa ",
  "the ",
  "per cent ",
  "<b>",
  "**",
  "_",
  "\u2014",
  "#",
  "© ",
  // Repeated openers: an unanchored pattern is tried again at each one.
  "photo by A.",
  "5 queries 5 ",
  "generated in 5",
  "May 1, ",
  "the 5 ",
  "5 to 6 ",
  "$5,",
  "up 5% ",
];

export const CLOSERS = ["", "x", "*x", "\u0001"];

export function* hostileLines(
  length: number,
  closers: readonly string[] = CLOSERS,
): Generator<{ label: string; input: string }> {
  for (const opener of OPENERS)
    for (const unit of UNITS)
      for (const closer of closers) {
        const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        yield {
          label:
            JSON.stringify(opener) +
            " + " +
            JSON.stringify(unit) +
            "×" +
            length +
            " + " +
            JSON.stringify(closer),
          input: opener + run + closer,
        };
      }
}

/** One long input of `length` characters built from a repeated unit, for whole-document processors. */
export function repeated(unit: string, length: number, prefix = "", suffix = ""): string {
  return prefix + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + suffix;
}

/** Documents up to 5 MB: long single lines, runs of separators, many short lines and blank lines.
 * At 5 MB only the single-line ones run (the rest are checked at 256 KB), to keep the suite quick. */
export function* hostileDocuments(length: number): Generator<{ label: string; input: string }> {
  const doc = (label: string, input: string) => ({ label: `${label} ×${length}`, input });
  if (length > 1_000_000) {
    yield doc(
      "prose on one line",
      repeated("The toll rose to 1,250 people, up 5% on May 1, 2020. ", length),
    );
    yield doc("spaces", repeated(" ", length, "Title\n\npassword", "x"));
    yield doc("digits", repeated("5", length, "Title\n\nthe ", " people"));
    yield doc("markup", repeated("<b>", length, "Title\n\n", "x"));
    return;
  }
  yield doc(
    "prose on one line",
    repeated("The toll rose to 1,250 people, up 5% on May 1, 2020. ", length),
  );
  yield doc("spaces", repeated(" ", length, "Title\n\npassword", "x"));
  yield doc("digits", repeated("5", length, "Title\n\nthe ", " people"));
  yield doc("digit groups", repeated("5,", length, "Title\n\n", "000"));
  yield doc("punctuation", repeated(".", length, "Title\n\nIt fell 5", "x"));
  yield doc("separators", repeated("-|/", length, "Title\n\n", "x"));
  yield doc("markdown marks", repeated("*_#", length, "Title\n\n", "x"));
  yield doc("markup", repeated("<b>", length, "Title\n\n", "x"));
  yield doc(
    "blank lines",
    repeated("\n", length, "Title\n", "Published 2020-02-14\nThe toll was 5."),
  );
  yield doc("lines of spaces", repeated("   \n", length, "Title\n\n**Outlet**", "x"));
  yield doc("furniture lines", repeated("Published 2020-02-14\n", length));
  yield doc("related lists", repeated("Related\nA link title\n", length, "Title\n\n"));
  yield doc("numbers and words", repeated("5 to 6 of 7 in 8 ", length, "Title\n\n", "x"));
  yield doc("carriage returns", repeated("\r\r\n", length, "Title\n\n", "x"));
}
